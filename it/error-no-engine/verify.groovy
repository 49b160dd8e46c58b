def log = new File(basedir, "build.log").text
assert log.contains("no Docker engine answered at unix:///tmp/dockerbox-it-no-such.sock")
assert log.contains("Start one")
assert log.contains("DOCKER_HOST or -Ddockerbox.dockerHost")
// Fails fast: the whole Maven run, start-up included, well under the ping timeout.
def took = (log =~ /Total time:\s+([0-9.]+) s/)
assert took.find() && (took.group(1) as double) < 10.0
return true
