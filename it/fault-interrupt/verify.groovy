def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    // interrupt.sh may still be counting containers when the second Maven run has ended.
    def logFile = new File(basedir, "interrupt.log")
    for (int i = 0; i < 300 && !(logFile.exists() && logFile.text.contains("done")); i++) {
        Thread.sleep(100)
    }
    def events = logFile.text
    assert (events.contains("SIGINT to Maven") || events.contains("SIGINT is ignored by Maven")) && events.contains("SIGTERM to Maven") : events
    // Each interrupted run cleaned up after itself before the JVM ended.
    assert (events =~ /containers of the project: 0/).size() == 2 : events
    assert (log =~ /the build ended before dockerbox:stop; cleaning up 1 container\(s\)/).size() == 2
    // A failure printed before the JVM ends says what happened, not what the interrupt did to the
    // container; docker-java prints no stack for the output stream the removal broke.
    assert !log.contains("stopped while dockerbox waited for it to be ready")
    assert !log.contains("Error during callback")
    assert lib.projectContainers("io.dockerbox.it:fault-interrupt").isEmpty()
    assert lib.docker("network", "inspect", "dockerbox-fault-interrupt").code != 0 : "the project network is gone too"
} finally {
    lib.removeProjectContainers("io.dockerbox.it:fault-interrupt")
    lib.docker("network", "rm", "dockerbox-fault-interrupt")
    lib.removeRepositories("it-interrupt/box")
}
return true
