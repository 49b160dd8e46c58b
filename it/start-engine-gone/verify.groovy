def log = new File(basedir, "build.log").text
try {
    assert log =~ /start-engine-gone-[0-9a-f]{8} \(|it-gone\/box: built version 1/
    assert log.contains("engine at unix:///tmp/dockerbox-it-d2/docker.sock failed to")
    // Within seconds of the engine going away, not at the 120 s wait timeout.
    def took = (log =~ /Total time:\s+([0-9.]+) s/)
    assert took.find() && (took.group(1) as double) < 60.0 : "the build took too long"
    // The containers it could not remove are named, with the command that removes them.
    assert log =~ /could not (remove|stop) (container|the containers)/
} finally {
    new ProcessBuilder("bash", "engine.sh", "stop").directory(basedir).redirectErrorStream(true).start().waitFor()
}
return true
