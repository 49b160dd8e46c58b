<?php
// The site: a page that reads its table from MariaDB. Until the database answers it says 503, so a
// readiness check on this page waits for the whole stack, not just for supervisord.
$site = parse_ini_file('/etc/site/site.ini', true);
$db = $site['db'];
header('Content-Type: text/plain; charset=utf-8');
mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
try {
    $conn = new mysqli('localhost', $db['user'], $db['password'], $db['name'], 0, '/run/mysqld/mysqld.sock');
    $rows = $conn->query('SELECT text FROM greetings ORDER BY id')->fetch_all();
} catch (mysqli_sql_exception $e) {
    http_response_code(503);
    echo "database not ready: " . $e->getMessage() . "\n";
    exit;
}
echo "box: {$site['box']['name']} on {$site['box']['parent']}\n";
echo "php: " . PHP_VERSION . ", display_errors=" . (ini_get('display_errors') ? 'On' : 'Off') . "\n";
echo "rows:\n";
foreach ($rows as $row) {
    echo "- {$row[0]}\n";
}
