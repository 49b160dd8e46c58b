def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    // 1: the most common question, answered in the error.
    assert log.contains("image it-errors/never-built:latest not found: run mvn dockerbox:build first")
    // 2: every bad setting named at once, with the accepted forms.
    assert log.contains("<run>: <port> '80:http' has container port 'http', which is not a number from 1 to 65535; accepted forms:")
    assert log.contains("<run>: <port> 'localhost:8080:80' has 'localhost' where a host address such as 127.0.0.1 belongs")
    assert log.contains("<run>: <wait><log> '([unclosed' is not a valid regular expression")
    assert log.contains("<run>: <wait><timeout> -5 must be a number of seconds above 0")
    // 3: a fixed port someone else holds: the port and the holder are named.
    assert log.contains("a fixed host port is already in use: <port> '" + busyPort + ":80' wants host port " + busyPort + ", held by container it-errors-port-holder")
    // 4: a container that exits during the wait fails at once, with its exit code and output. "At once" is
    // the message itself: the wait (timeout 60 s) checks the container before each probe, and a wait that
    // ran into its timeout says "was not ready after" instead.
    assert log =~ /container start-errors-[0-9a-f]{8} stopped while dockerbox waited for it to be ready: exited, exit code 7/
    assert log.contains("  | it-errors-exit-marker")
    // 5: a wait that can never succeed ends at its timeout, shows the output and the state.
    def timedOut = (log =~ /container start-errors-[0-9a-f]{8} was not ready after 2 s \(<wait><timeout>; gave up after (\d+\.\d) s\): still waiting for a line of output matching \/ready for connections\/; its state: running/)
    assert timedOut.find()
    // At its timeout: never before it (dockerbox counts from its first probe, so this bound needs no margin),
    // and not at the default of 60 s. After the last sleep the engine is asked once more (inspect, logs)
    // before the wait gives up, and a loaded 2-core machine can stretch those two calls well past the
    // half second the old bound left; this one leaves 8 s and tells "the 2 s of <timeout>, not the
    // default 60 s", not how long the last sleep was to the tenth.
    def gaveUp = timedOut.group(1) as double
    assert gaveUp >= 2.0 && gaveUp < 10.0 : "gave up after ${gaveUp} s, the timeout is 2 s"
    assert log.contains("  | never ready")
    // 6: a missing host folder is created and said so; a missing from: container is an error.
    assert log.contains("created the missing host folder " + new File(basedir, "target/created-by-start").getCanonicalPath())
    assert new File(basedir, "target/created-by-start").isDirectory()
    assert log.contains("<volume> 'from:it-errors-no-such-container': there is no container named it-errors-no-such-container")
    // Nothing of the project is left behind by any of the failures.
    assert lib.projectContainers("io.dockerbox.it:start-errors").isEmpty()
} finally {
    lib.docker("rm", "-f", "it-errors-port-holder")
    lib.removeRepositories("it-errors/box")
}
return true
