def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
def certs = "/tmp/dockerbox-it-tls/certs"
def engine = "tcp://127.0.0.1:38960"
// The docker CLI against the second engine, with the IT's client certificate.
def remote = { String... args ->
    lib.docker(*(["-H", engine, "--tlsverify", "--tlscacert", "$certs/client/ca.pem", "--tlscert", "$certs/client/cert.pem",
                  "--tlskey", "$certs/client/key.pem"] + args.toList()))
}
def remoteOk = { String... args ->
    def r = remote(*args)
    assert r.code == 0 : "docker -H $engine ${args.join(' ')} failed: ${r.err}"
    r.out
}
def remoteLabel = { String ref, String name -> remoteOk("image", "inspect", "--format", "{{ index .Config.Labels \"$name\" }}", ref) }
def times = (log =~ /Total time:\s+([0-9.]+) s/).collect { it[1] as double }
try {
    // 1: through DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH. The wait reached the published port
    // at dockerbox.host (127.0.0.1): the engine runs without iptables, so through docker-proxy.
    assert log.contains("it-tls/box: built version 1")
    assert log =~ /remote-tls-[0-9a-f]{8} \([0-9a-f]{12}\): started from it-tls\/box version 1, ports 127\.0\.0\.1:\d+->80\/tcp \(web\.port\), ready in [0-9.]+ s/
    assert log.contains("  | changed-via-env")
    assert log =~ /remote-tls-[0-9a-f]{8}: committed as it-tls\/box:2 \([0-9a-f]{12}\), now latest, message: via-env/
    // 2: through -Ddockerbox.dockerHost and -Ddockerbox.certPath: the commit is latest, its box has the change.
    assert log.contains("it-tls/box: up to date, version 2")
    assert log =~ /remote-tls-[0-9a-f]{8} \([0-9a-f]{12}\): started from it-tls\/box version 2, ports 127\.0\.0\.1:\d+->80\/tcp \(web\.port\), ready in [0-9.]+ s/
    assert log.contains("  | found-change-via-parameters")
    assert log =~ /remote-tls-[0-9a-f]{8}: committed as it-tls\/box:3 \([0-9a-f]{12}\), now latest, message: via-parameters/
    assert (log =~ /remote-tls-[0-9a-f]{8}: removed/).count == 2
    def ports = new Properties()
    new File(basedir, "target/dockerbox/ports.properties").withInputStream { ports.load(it) }
    assert ports.getProperty("dockerbox.host") == "127.0.0.1"
    // Both working runs well within the time a local engine needs on a busy 2-core machine.
    assert times.size() == 7 && times[0] < 120 && times[1] < 120 : "times: $times"

    // 3-7: wrong certificates and settings name the engine, what is wrong and the fix.
    assert log.contains("TLS handshake with the Docker engine at tcp://127.0.0.1:38960 failed: the engine's certificate is not signed by the CA in $certs/wrong-ca/ca.pem")
    assert log.contains("TLS handshake with the Docker engine at tcp://127.0.0.1:38960 failed: the engine refused the client certificate $certs/unknown-client/cert.pem")
    assert (log =~ /Point DOCKER_CERT_PATH or -Ddockerbox.certPath at/).count >= 3
    assert log.contains("the Docker engine at tcp://127.0.0.1:38960 only speaks TLS, and dockerbox connected without (IOException:"
            + " Status 400: Client sent an HTTP request to an HTTPS server.). Set DOCKER_TLS_VERIFY=1")
    assert log.contains("the TLS client certificates for the Docker engine at tcp://127.0.0.1:38960 are missing: $certs/none does not exist")
    assert log.contains("the TLS client certificates in $certs/garbage for the Docker engine at tcp://127.0.0.1:38960 could not be read")
    // A refused connection fails fast, not at a timeout.
    assert times[2..6].every { it < 60 } : "times: $times"

    // The second engine has the three versions, with their labels, and nothing running or left over.
    assert remoteOk("image", "inspect", "--format", "{{.Id}}", "it-tls/box:latest") == remoteOk("image", "inspect", "--format", "{{.Id}}", "it-tls/box:3")
    assert remoteLabel("it-tls/box:1", "dockerbox.kind") == "build"
    assert remoteLabel("it-tls/box:1", "dockerbox.parent") == base
    assert remoteLabel("it-tls/box:2", "dockerbox.kind") == "commit"
    assert remoteLabel("it-tls/box:2", "dockerbox.message") == "via-env"
    assert remoteLabel("it-tls/box:2", "dockerbox.parent") == "it-tls/box:1"
    assert remoteLabel("it-tls/box:3", "dockerbox.message") == "via-parameters"
    assert remoteLabel("it-tls/box:3", "dockerbox.parent") == "it-tls/box:2"
    assert remoteLabel("it-tls/box:3", "dockerbox.project") == "io.dockerbox.it:remote-tls"
    // dockerbox:watch against the remote engine: an edit reaches the box through the engine's archive API
    // (no shared disk), and stopping watch leaves nothing there
    def watchLog = lib.watching(basedir, localRepositoryPath.path, pluginVersion,
            ["-Ddockerbox.dockerHost=" + engine, "-Ddockerbox.certPath=" + certs + "/client"], "web.port") { waitFor, page ->
        new File(basedir, "box/www/page.html").text = "edited here, served there\n"
        assert waitFor(60) { page("page.html") == "edited here, served there" } : new File(basedir, "maven-watch.log").text
        // the page can be served a moment before watch writes its line: wait for the line too
        assert waitFor(30) { new File(basedir, "maven-watch.log").text.contains("page.html changed: synced") } : new File(basedir, "maven-watch.log").text
    }
    assert watchLog =~ /watch: box\/www\/page.html changed: synced into remote-tls-[0-9a-f]{8} at \/www \(1 copied, 0 deleted\)/ : watchLog
    assert remoteOk("ps", "-a", "-q") == "" : "watch left a container on the second engine"
    // kill -9 of watch's Maven: the build's watcher process reaches the TLS engine too and removes the box
    lib.watching(basedir, localRepositoryPath.path, pluginVersion,
            ["-Ddockerbox.dockerHost=" + engine, "-Ddockerbox.certPath=" + certs + "/client"], "web.port", true) { waitFor, page ->
        assert remoteOk("ps", "-q") != ""
    }
    for (int i = 0; i < 300 && remoteOk("ps", "-a", "-q") != ""; i++) {
        Thread.sleep(200)
    }
    assert remoteOk("ps", "-a", "-q") == "" : "the watcher did not remove the killed Maven's box: " + new File(basedir, "target/dockerbox/watcher.log").text
    assert !new File(basedir, "target/dockerbox/watcher.log").text.contains("Exception") : new File(basedir, "target/dockerbox/watcher.log").text
    assert remote("network", "inspect", "dockerbox-remote-tls").code != 0
    // The main engine saw none of it.
    assert lib.dockerOk("image", "ls", "-q", "it-tls/box") == ""
    assert lib.projectContainers("io.dockerbox.it:remote-tls").isEmpty()
    assert lib.docker("network", "inspect", "dockerbox-remote-tls").code != 0
    println "remote-tls: Total times $times, " + (log =~ /ready in [0-9.]+ s/).collect { it }
} finally {
    new ProcessBuilder("bash", "engine.sh", "stop").directory(basedir).redirectErrorStream(true).start().waitFor()
}
// The second engine is gone with everything it made.
assert !new File("/tmp/dockerbox-it-tls").exists()
assert ["ip", "link", "show", "br-dbx-tls"].execute().waitFor() != 0
assert !["ip", "-o", "-4", "addr", "show"].execute().text.contains(" 10.232.")
// and the main engine still has its bridge and answers.
assert ["ip", "link", "show", "docker0"].execute().waitFor() == 0
lib.dockerOk("info")
return true
