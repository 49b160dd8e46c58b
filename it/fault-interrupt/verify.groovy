def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    def events = new File(basedir, "interrupt.log").text
    assert events.contains("SIGINT to Maven") && events.contains("SIGTERM to Maven") : events
    // Each interrupted run cleaned up after itself before the JVM ended.
    assert (events =~ /containers of the project: 0/).size() == 2 : events
    assert (log =~ /the build ended before dockerbox:stop; cleaning up 1 container\(s\)/).size() == 2
    assert lib.projectContainers("io.dockerbox.it:fault-interrupt").isEmpty()
    assert lib.docker("network", "inspect", "dockerbox-fault-interrupt").code != 0 : "the project network is gone too"
} finally {
    lib.removeProjectContainers("io.dockerbox.it:fault-interrupt")
    lib.docker("network", "rm", "dockerbox-fault-interrupt")
    lib.removeRepositories("it-interrupt/box")
}
return true
