def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
def project = "io.dockerbox.it:start-http"

// Run 1: started, the port reached failsafe, the test passed, stop removed the box.
assert log =~ /start-http-[0-9a-f]{8} \([0-9a-f]{12}\): started from it-start\/http version 1, ports localhost:\d+->80\/tcp \(web.port\), ready in [0-9.]+ s/
assert log.contains("Tests run: 1, Failures: 0")
assert log =~ /start-http-[0-9a-f]{8}: removed/
def ports = new Properties()
new File(basedir, "target/dockerbox/ports.properties").withInputStream { ports.load(it) }
assert ports.getProperty("web.port") ==~ /\d+/
assert ports.getProperty("dockerbox.host") == "localhost"

// Run 2: the failing test did not keep the box.
assert log.contains("Tests run: 1, Failures: 1")
// Run 3: the build broke while the box ran; the shutdown hook cleaned up.
assert log.contains("it-abort: the build breaks while the box runs")
assert log.contains("dockerbox: the build ended before dockerbox:stop; cleaning up 1 container(s)")

// Nothing of this project is left: no container, no network.
assert lib.projectContainers(project).isEmpty()
assert lib.docker("network", "inspect", "dockerbox-start-http").code != 0
lib.removeRepositories("it-start/http")
return true
