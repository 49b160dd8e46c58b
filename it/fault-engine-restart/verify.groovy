def log = new File(basedir, "build.log").text
def engine = { String... args ->
    def p = (["docker", "-H", "unix:///tmp/dockerbox-it-d3/docker.sock"] + args.toList()).execute()
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "docker ${args.join(' ')}: ${err}"
    out.toString().trim()
}
try {
    // (Maven 3.8 prints a colour reset before its first line, so no ^ anchor)
    def invocations = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains("BUILD ") }
    assert invocations.size() == 6 : "six Maven runs, found ${invocations.size()}"
    // 2: killed during the step: a clear engine error, within seconds of the kill, not at the step's 300 s.
    def killed = invocations[1]
    assert killed.contains("it-restart/box: building version 2 on")
    assert killed.contains("BUILD FAILURE")
    assert killed =~ /lost the connection to the engine at unix:\/\/\/tmp\/dockerbox-it-d3\/docker\.sock during the build, at Step 3\/5 : RUN/ : "the error names the engine and the step"
    assert killed.contains("did the engine stop or restart? Nothing was tagged, so latest is as it was")
    assert !killed.contains("Error during callback") : "no stack trace from docker-java's callback"
    // Measured from the kill (engine.sh kill-during-build notes its time), not from Maven's start, which a
    // loaded machine stretches. The killed engine's socket gives dockerbox an end of stream at once; Maven
    // then prints the failure. 30 s leaves a loaded 2-core machine room for that, and is still a tenth of
    // the step's 301 s that a build waiting on the step would take. Maven's "Finished at" has whole seconds.
    def killedAt = new File("/tmp/dockerbox-it-d3/killed-at").text.trim() as double
    def finished = (killed =~ /Finished at:\s+([0-9T:.+\-Z]+)/)
    assert finished.find()
    def finishedAt = java.time.OffsetDateTime.parse(finished.group(1)).toEpochSecond()
    def afterKill = finishedAt - killedAt
    assert afterKill > -1.0 && afterKill < 30.0 : "the failed build ended ${afterKill} s after the engine was killed"
    // 3: no half-made version 2: the next build takes 2, from latest = 1.
    assert invocations[2] =~ /it-restart\/box: building version 2 on dockerbox\/busybox:1 \(inputs changed since version 1\)/
    assert invocations[2].contains("BUILD SUCCESS")
    def tags = engine("image", "ls", "--format", "{{.Tag}}", "it-restart/box").readLines().findAll { it.trim() } as Set
    assert tags == ["1", "2", "latest"] as Set : "tags: ${tags}"
    assert engine("run", "--rm", "it-restart/box:latest", "cat", "/slow") == "after"
    assert engine("image", "inspect", "--format", "{{.Id}}", "it-restart/box:latest") == engine("image", "inspect", "--format", "{{.Id}}", "it-restart/box:2")
    // 5: after the engine's restart, status tells the truth: the box is not running.
    assert invocations[4] =~ /it-restart-box\s+it-restart\/box:2\s+exited/
    // 6: start brings the same container back, with what it wrote before.
    assert invocations[5] =~ /it-restart-box \([0-9a-f]{12}\): running again from it-restart\/box/
    assert invocations[5] =~ /it-restart-box\s+it-restart\/box:2\s+running/
    assert engine("exec", "it-restart-box", "cat", "/data/boots").readLines() == ["boot", "boot"]
} finally {
    new ProcessBuilder("bash", "engine.sh", "stop").directory(basedir).redirectErrorStream(true).start().waitFor()
}
return true
