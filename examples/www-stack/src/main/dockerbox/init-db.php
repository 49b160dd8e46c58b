<?php
// Makes the site's database on the first start of a container, as root through MariaDB's socket
// (root@localhost logs in by unix socket on Debian). A marker in MariaDB's data folder makes it
// happen once: a committed box keeps its data and its marker.
$marker = '/var/lib/mysql/.site-initialized';
if (file_exists($marker)) {
    echo "site-db: database present\n";
    exit(0);
}
$site = parse_ini_file('/etc/site/site.ini', true);
$db = $site['db'];
mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
$root = null;
for ($i = 0; $i < 120 && $root === null; $i++) {
    try {
        $root = new mysqli('localhost', 'root', '', '', 0, '/run/mysqld/mysqld.sock');
    } catch (mysqli_sql_exception $e) {
        usleep(250000);
    }
}
if ($root === null) {
    fwrite(STDERR, "site-db: MariaDB did not answer within 30 s\n");
    exit(1);
}
$name = $root->real_escape_string($db['name']);
$user = $root->real_escape_string($db['user']);
$password = $root->real_escape_string($db['password']);
$root->query("CREATE DATABASE IF NOT EXISTS `$name`");
$root->query("CREATE USER IF NOT EXISTS '$user'@'localhost' IDENTIFIED BY '$password'");
$root->query("GRANT ALL PRIVILEGES ON `$name`.* TO '$user'@'localhost'");
$root->select_db($db['name']);
$root->query("CREATE TABLE IF NOT EXISTS greetings (id INT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(200) NOT NULL)");
$root->query("INSERT INTO greetings (text) VALUES ('Hello from MariaDB')");
touch($marker);
echo "site-db: made database {$db['name']} for user {$db['user']}\n";
