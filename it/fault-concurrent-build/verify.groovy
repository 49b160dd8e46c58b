def lib = new GroovyShell().parse(new File(itLib))
def twin = new File(basedir.parentFile, "fault-concurrent-build-twin")
try {
    def exitCode = new File(twin, "exit-code")
    for (int i = 0; i < 600 && !exitCode.exists(); i++) {
        Thread.sleep(200)
    }
    assert exitCode.exists() : "the twin build did not end within 120 s:\n" + (new File(twin, "build.log").exists() ? new File(twin, "build.log").text : "(no log)")
    def twinLog = new File(twin, "build.log").text
    assert exitCode.text.trim() == "0" : "the twin build failed:\n${twinLog}"
    def log = lib.buildLog(basedir)
    // The two builds met: one waited for the other's version, then built the next one.
    def logs = log + twinLog
    assert logs.contains("it-concurrent/box: waiting for another Maven build of it on this machine to finish its version")
    assert logs.contains("it-concurrent/box: the other build is done, going on")
    assert (logs =~ /it-concurrent\/box: built version 1 \(/).size() == 1
    assert (logs =~ /it-concurrent\/box: built version 2 \(/).size() == 1
    // Versions 1 and 2, unique: each tag on its own complete image, whose label agrees with it.
    def tags = lib.dockerOk("image", "ls", "--format", "{{.Tag}}", "it-concurrent/box").readLines().findAll { it.trim() } as Set
    assert tags == ["1", "2", "latest"] as Set : "tags: ${tags}"
    assert lib.imageId("it-concurrent/box:1") != lib.imageId("it-concurrent/box:2")
    assert lib.label("it-concurrent/box:1", "dockerbox.version") == "1"
    assert lib.label("it-concurrent/box:2", "dockerbox.version") == "2"
    assert lib.imageId("it-concurrent/box:latest") == lib.imageId("it-concurrent/box:2")
    def flavors = ["1", "2"].collect { lib.dockerOk("run", "--rm", "it-concurrent/box:" + it) } as Set
    assert flavors == ["main", "twin"] as Set : "each version is a complete image of one build: ${flavors}"
} finally {
    lib.removeRepositories("it-concurrent/box")
}
return true
