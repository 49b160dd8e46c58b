def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
def runs = lib.invocations(log)
def dir = "/tmp/dockerbox-it-ssh"
def address = "ssh://root@127.0.0.1:38922"
// The IT looks at its engine through the socket, not through ssh: what it sees is there, whatever ssh does.
def engine = "unix://$dir/docker.sock"
def project = "io.dockerbox.it:engine-ssh"
def firstLines = { String run -> lib.goalFirstLines(run) }
def errorText = { String run -> lib.errorText(run) }
def times = (log =~ /Total time:\s+([0-9.]+) s/).collect { it[1] as double }
try {
    assert runs.size() == 3 : "Maven invocations in build.log: ${runs.size()}"

    // 1: DOCKER_HOST=ssh://..., for each of the six goals.
    assert firstLines(runs[0]) == ["[INFO] engine: $address (DOCKER_HOST)".toString()] * 6 : "first lines of the goals: ${firstLines(runs[0])}"
    assert runs[0].contains("it-ssh/box: built version 1")
    // The wait reached the published port at dockerbox.host: the host of the ssh address.
    assert runs[0] =~ /engine-ssh \([0-9a-f]{12}\): started from it-ssh\/box version 1, ports 127\.0\.0\.1:\d+->80\/tcp \(web\.port\), ready in [0-9.]+ s/
    assert runs[0].contains("  | changed-over-ssh")
    assert runs[0] =~ /engine-ssh: committed as it-ssh\/box:2 \([0-9a-f]{12}\), now latest, message: over-ssh/
    assert runs[0].contains("engine-ssh: stopped and kept (persistent)")
    assert runs[0] =~ /removed container engine-ssh \(/
    def ports = new Properties()
    new File(basedir, "target/dockerbox/ports.properties").withInputStream { ports.load(it) }
    assert ports.getProperty("dockerbox.host") == "127.0.0.1"

    // 2: the far side refused the key: the message names the engine and has ssh's own words.
    def refused = errorText(runs[1])
    assert refused.contains(address) && refused.contains("Permission denied (publickey)") : refused
    // 3: the far side has no docker: what its shell printed.
    def nodocker = errorText(runs[2])
    assert nodocker.contains(address) && nodocker =~ /docker: (command )?not found/ : nodocker
    // The engine line comes before the first connection, so a failed one still says which engine it was.
    assert firstLines(runs[1]) == ["[INFO] engine: $address (DOCKER_HOST)".toString()] : "${firstLines(runs[1])}"
    assert firstLines(runs[2]) == ["[INFO] engine: $address (DOCKER_HOST)".toString()] : "${firstLines(runs[2])}"
    // ssh fails at once, and so must the build.
    assert times.size() == 3 && times[1] < 60 && times[2] < 60 : "times: $times"

    // dockerbox ran the IT's ssh (first on PATH) with exactly the docker CLI's arguments plus BatchMode,
    // for every connection, with the key each invocation chose.
    def calls = new File("$dir/ssh-calls.log").readLines()
    def args = "-o ConnectTimeout=30 -o BatchMode=yes -T -l root -p 38922 -- 127.0.0.1 docker system dial-stdio"
    assert calls.collect { it.substring(it.indexOf(' ') + 1) }.unique() == [args] : "ssh was run as: ${calls.unique()}"
    assert calls.collect { it.substring(0, it.indexOf(' ')) }.unique() == ["engine", "stranger", "nodocker"] : "keys: $calls"
    assert calls.count { it.startsWith("engine ") } >= 6 : "one ssh per goal at least: $calls"
    assert new File(basedir, "ssh-home.before").text == lib.sshHomeState() : "root's ~/.ssh changed"

    // The ssh engine has the versions, with their labels, and nothing running or left over; the main engine none.
    lib.assertBuiltAndCommittedOnlyOn(engine, "it-ssh/box", project, base, "over-ssh", "dockerbox-engine-ssh")
    println "engine-ssh: Total times $times, ${calls.size()} ssh connections, " + (log =~ /ready in [0-9.]+ s/).collect { it }
} finally {
    lib.engineCleanup(basedir, "stop", new File(itLib).parentFile.path)
    // What a plugin that missed the ssh engine left on the main engine.
    lib.removeProjectContainers(project)
    lib.removeRepositories("it-ssh/box")
    lib.docker("network", "rm", "dockerbox-engine-ssh")
}
// sshd and the engine are gone with everything they made, and the main engine still has its bridge and answers.
assert !new File(dir).exists()
def listening = true
try {
    new Socket("127.0.0.1", 38922).close()
} catch (IOException e) {
    listening = false
}
assert !listening : "something still listens on 127.0.0.1:38922"
assert ["ip", "link", "show", "br-dbx-ssh"].execute().waitFor() != 0
assert !["ip", "-o", "-4", "addr", "show"].execute().text.contains(" 10.234.")
assert ["ip", "link", "show", "docker0"].execute().waitFor() == 0
lib.dockerOk("info")
return true
