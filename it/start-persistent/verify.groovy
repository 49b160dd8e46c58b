def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    assert log =~ /it-persistent-box \([0-9a-f]{12}\): started from it-persistent\/box version 1/
    assert log.contains("left running after Maven ends: mvn dockerbox:stop stops it")
    assert log.contains("it-persistent-box: stopped and kept (persistent)")
    def stopped = (log =~ /it-persistent-box: stopped and kept \(persistent\) \[(\d+\.\d) s\]/)
    assert stopped.find()
    def seconds = stopped.group(1) as double
    // The box ignores SIGTERM (trap '' TERM), so the engine waits the whole stop timeout before it kills:
    // never less than 2 s (dockerbox's clock runs around the engine's wait, so no margin below). With
    // Docker's default it would be at least 10 s; any time under that proves <stopTimeout> was used,
    // and leaves 8 s for a loaded 2-core machine.
    assert seconds >= 2.0 && seconds < 10.0 : "killed after its <stopTimeout> of 2 s, not Docker's 10: took ${seconds} s"
    assert log =~ /it-persistent-box \([0-9a-f]{12}\): running again from it-persistent\/box/
    // The same container ran twice: its own file has two boot lines.
    // ... and a third after commit -Ddockerbox.stop=true started it again.
    def boots = lib.dockerOk("exec", "it-persistent-box", "cat", "/data/boot.log").readLines()
    assert boots.size() == 3 : "expected three boots of one container, got ${boots}"
    // status: a table with the container and the box versions; logs: the container's output.
    assert log =~ /it-persistent-box\s+it-persistent\/box:1\s+running/
    assert log =~ /it-persistent\/box\s+\[1\]\s+1/
    assert log.contains("output of it-persistent-box")
    assert (log =~ /(?m)^\[INFO\] box is up$/).size() == 2
    // commit -Ddockerbox.stop=true: stopped within its stop timeout, committed with the data of two boots, running again
    assert log =~ /it-persistent-box: stopped for a consistent commit \(stop timeout 2 s\) \[\d+\.\d s\]/
    assert log =~ /it-persistent-box: committed as it-persistent\/box:2 \([0-9a-f]{12}\), now latest, message: stopped-first/
    assert log.contains("it-persistent-box: running again")
    assert lib.dockerOk("inspect", "--format", "{{.State.Running}}", "it-persistent-box") == "true"
    def committed = lib.dockerOk("run", "--rm", "it-persistent/box:2", "cat", "/data/boot.log").readLines()
    assert committed.size() == 2 : "the commit holds the container's file as it was when stopped: ${committed}"
    assert lib.label("it-persistent/box:2", "dockerbox.message") == "stopped-first"
} finally {
    lib.docker("rm", "-f", "it-persistent-box")
    lib.docker("network", "rm", "dockerbox-start-persistent")
    lib.removeRepositories("it-persistent/box")
}
return true
