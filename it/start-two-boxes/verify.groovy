def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
// Run 1 built both boxes of <runs> side by side, their output told apart by the short name;
// -Ddockerbox.skipRun made start and stop do nothing.
assert (log =~ /dockerbox: skipped \(dockerbox.skipRun=true\)/).size() == 2
assert log =~ /(?m)^\[INFO\]   db \| Step 1\/\d+ : FROM /
assert log =~ /(?m)^\[INFO\]   web \| Step 1\/\d+ : FROM /
assert log =~ /it-two\/db: built version 1 /
assert log =~ /it-two\/web: built version 1 /
// Run 2 found both up to date.
assert log.contains("it-two/db: up to date, version 1") && log.contains("it-two/web: up to date, version 1")
// db started first (web depends on it), each with its own port property.
def db = log.indexOf("started from it-two/db")
def web = log.indexOf("started from it-two/web")
assert db > 0 && web > db
assert log =~ /ports 127\.0\.0\.1:\d+->8080\/tcp \(db\.port\)/
assert log =~ /ports localhost:\d+->80\/tcp \(web\.port\)/
assert (log =~ /start-two-boxes-(db|web)-[0-9a-f]{8}: removed/).size() == 2
assert lib.projectContainers("io.dockerbox.it:start-two-boxes").isEmpty()
assert lib.docker("network", "inspect", "dockerbox-start-two-boxes").code != 0
lib.removeRepositories("it-two/db", "it-two/web")
return true
