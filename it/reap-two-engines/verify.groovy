def lib = new GroovyShell().parse(new File(itLib))
try {
    def events = lib.runDriver(basedir, itLib, localRepositoryPath.path, "reap.sh", "reap.log")
    def log = new File(basedir, "maven-reactor.log").text
    assert events.contains("done") && !events.contains("TIMEOUT") : events + "\n" + log
    // One watcher for each engine the build's goals used; each removed what its lease owned there.
    assert events.contains("watchers: 2") : events
    assert events =~ /(?m)^here: removed [0-9.]+ s after kill -9$/ : events
    assert events =~ /(?m)^there: removed [0-9.]+ s after kill -9$/ : events
    assert events.contains("left: here 0, there 0") : events
} finally {
    lib.removeProjectContainers("io.dockerbox.it:here")
    lib.removeRepositories("it-reap2/here")
    lib.engineCleanup(basedir, "stop")
}
return true
