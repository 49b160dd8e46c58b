import java.security.MessageDigest

def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
def runs = lib.invocations(log)
def dir = "/tmp/dockerbox-it-ctx"
def engine = "unix://$dir/docker.sock"
def config = "$dir/config"
def context = "dbx-it-ctx"
def project = "io.dockerbox.it:engine-context"
def firstLines = { String run -> lib.goalFirstLines(run) }
def errorText = { String run -> lib.errorText(run) }
def times = (log =~ /Total time:\s+([0-9.]+) s/).collect { it[1] as double }
try {
    assert runs.size() == 4 : "Maven invocations in build.log: ${runs.size()}"

    // 1: the current context of $DOCKER_CONFIG/config.json, for each of the five goals.
    def current = "[INFO] engine: $engine (docker context \"$context\", current in $config/config.json)".toString()
    assert firstLines(runs[0]) == [current] * 5 : "first lines of the goals: ${firstLines(runs[0])}"
    assert runs[0].contains("it-ctx/box: built version 1")
    // The wait reached the published port at dockerbox.host: localhost, as for any unix socket.
    assert runs[0] =~ /engine-context-[0-9a-f]{8} \([0-9a-f]{12}\): started from it-ctx\/box version 1, ports localhost:\d+->80\/tcp \(web\.port\), ready in [0-9.]+ s/
    assert runs[0].contains("  | changed-via-current-context")
    assert runs[0] =~ /engine-context-[0-9a-f]{8}: committed as it-ctx\/box:2 \([0-9a-f]{12}\), now latest, message: via-current-context/
    assert runs[0] =~ /engine-context-[0-9a-f]{8}: removed/

    // 2: -Ddockerbox.dockerContext, over DOCKER_CONTEXT; the persistent box had the commit's change,
    // and destroy removed it from this engine.
    def named = "[INFO] engine: $engine (docker context \"$context\" from -Ddockerbox.dockerContext)".toString()
    assert firstLines(runs[1]) == [named] * 4 : "first lines of the goals: ${firstLines(runs[1])}"
    assert runs[1] =~ /engine-context \([0-9a-f]{12}\): started from it-ctx\/box version 2, ports localhost:\d+->80\/tcp \(web\.port\), ready in [0-9.]+ s/
    assert runs[1].contains("  | found-change-via-parameter")
    assert runs[1].contains("engine-context: stopped and kept (persistent)")
    assert runs[1] =~ /removed container engine-context \(/
    assert runs[1].contains("kept images of it-ctx/box")
    def ports = new Properties()
    new File(basedir, "target/dockerbox/ports.properties").withInputStream { ports.load(it) }
    assert ports.getProperty("dockerbox.host") == "localhost"

    // 3: the context does not exist: the message names it and where its meta.json was looked for.
    def hash = MessageDigest.getInstance("SHA-256").digest("nosuch".getBytes("UTF-8")).encodeHex().toString()
    def meta = "$config/contexts/meta/$hash/meta.json"
    def missing = errorText(runs[2])
    assert missing.contains("nosuch") && missing.contains(meta) : "the error does not name nosuch and $meta: $missing"
    // 4: an address and a context at once: the message names both parameters.
    def both = errorText(runs[3])
    assert both.contains("-Ddockerbox.dockerHost") && both.contains("-Ddockerbox.dockerContext") : both
    assert !runs[2].contains("[INFO] engine: ") && !runs[3].contains("[INFO] engine: ")
    // Refused before any engine is asked, so well within a cold Maven's start.
    assert times.size() == 4 && times[2] < 60 && times[3] < 60 : "times: $times"

    // The context's engine has the versions, with their labels, and nothing running or left over; the main engine none.
    lib.assertBuiltAndCommittedOnlyOn(engine, "it-ctx/box", project, base, "via-current-context", "dockerbox-engine-context")
    println "engine-context: Total times $times, " + (log =~ /ready in [0-9.]+ s/).collect { it }
} finally {
    lib.engineCleanup(basedir, "stop", new File(itLib).parentFile.path)
    // What a plugin that missed the context left on the main engine.
    lib.removeProjectContainers(project)
    lib.removeRepositories("it-ctx/box")
    lib.docker("network", "rm", "dockerbox-engine-context")
}
// The engine is gone with everything it made, and the main engine still has its bridge and answers.
assert !new File(dir).exists()
assert ["ip", "link", "show", "br-dbx-ctx"].execute().waitFor() != 0
assert !["ip", "-o", "-4", "addr", "show"].execute().text.contains(" 10.233.")
assert ["ip", "link", "show", "docker0"].execute().waitFor() == 0
lib.dockerOk("info")
return true
