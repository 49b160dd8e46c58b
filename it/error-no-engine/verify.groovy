def log = new File(basedir, "build.log").text
assert log.contains("no Docker engine answered at unix:///tmp/dockerbox-it-no-such.sock")
assert log.contains("Start one")
assert log.contains("point DOCKER_HOST, -Ddockerbox.dockerHost or -Ddockerbox.dockerContext at a running engine")
// The first line of the goal names the engine and where that choice came from.
assert log.contains("engine: unix:///tmp/dockerbox-it-no-such.sock (-Ddockerbox.dockerHost)")
// Fails fast: a socket that does not exist answers at once, so the whole Maven run, start-up included,
// stays far below 10 s even on a loaded 2-core machine (it takes about 1.5 s there).
def took = (log =~ /Total time:\s+([0-9.]+) s/)
assert took.find() && (took.group(1) as double) < 10.0
assert log.contains("-Ddockerbox.host=tcp://build-host.example.com:2376 looks like an engine address; dockerbox.host is where"
        + " dockerbox publishes ports (it sets it); the engine is -Ddockerbox.dockerHost")
// The second run never reached the (missing) engine: only the first says it did not answer.
assert log.count("no Docker engine answered at") == 1
return true
