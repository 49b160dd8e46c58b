def lib = new GroovyShell().parse(new File(itLib))
def project = "io.dockerbox.it:reap-kill9"
try {
    def events = lib.runDriver(basedir, itLib, localRepositoryPath.path, "reap.sh", "reap.log")
    assert events.contains("done") && !events.contains("TIMEOUT") : events
    assert events.contains("handed: exit 0") && events.contains("keep: exit 0") : events
    // Each killed Maven's containers went with no user action; the time is in reap.log.
    ["a", "b"].each { assert events =~ /(?m)^$it: removed [0-9.]+ s after kill -9$/ : events }
    assert events =~ /(?m)^c: removed [0-9.]+ s after kill -9 \(box and test shell\)$/ : events
    // The build beside the killed one kept its container, and the network it runs on.
    assert events.contains("b still there: 1") : events
    assert events.contains("network after a: dockerbox-reap-kill9") : events
    // With no watcher left: status names this machine's orphan, not another machine's container;
    // the next start removes the orphan and leaves the rest.
    assert events.contains("after both died: d 1, f 1") : events
    def status = new File(basedir, "maven-status.log").text
    assert status =~ /orphan: f-[0-9a-f]{8}-starting|orphan: f-[0-9a-f]{8} \(/ : status
    assert !status.contains("orphan: d-") : status
    def g = new File(basedir, "maven-g.log").text
    assert g =~ /removed f-[0-9a-f]{8} \([0-9a-f]{12}\), left by Maven pid \d+ on \S+, which is gone/ : g
    assert !g.contains("removed d-") : g
    assert events.contains("after g's start: d 1, f 0, handed 1, keep 1") : events
    // stop on its own leaves what a running standalone start is still bringing up, and says so
    assert events.contains("stop: exit 0") && events.contains("after stop: s 1, handed 0, g 0") : events
    def stop = new File(basedir, "maven-stop.log").text
    assert stop =~ /s-[0-9a-f]{8}-starting: a start that has not finished is bringing it up \(Maven pid \d+ on \S+\), so it is left alone; run stop again once that start is done/ : stop
    assert events =~ /(?m)^s: removed [0-9.]+ s after kill -9$/ : events
} finally {
    lib.removeProjectContainers(project)
    lib.docker("rm", "-f", "it-reap-keep")
    lib.docker("network", "rm", "dockerbox-reap-kill9")
    lib.removeRepositories("it-reap/box")
}
return true
