def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
// Run 1 only built the db box: -Ddockerbox.skipRun made start and stop do nothing.
assert (log =~ /dockerbox: skipped \(dockerbox.skipRun=true\)/).size() == 2
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
