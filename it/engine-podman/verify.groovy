import groovy.json.JsonSlurper

def lib = new GroovyShell().parse(new File(itLib))

// Asks the Podman engine itself (its socket), not the Docker engine the other ITs use.
def sock = "/tmp/dockerbox-podman/podman.sock"
def api = { String path ->
    def p = ["curl", "-s", "--unix-socket", sock, "http://d" + path].execute()
    def out = new StringBuilder(), err = new StringBuilder()
    p.waitForProcessOutput(out, err)
    assert p.exitValue() == 0 : "curl ${path}: ${err}"
    return new JsonSlurper().parseText(out.toString())
}
def log = new File(basedir, "build.log").text
try {
    // build, no-op
    assert log =~ /it-podman\/base: built version 1 \([0-9a-f]{12}\), tagged it-podman\/base:1 and it-podman\/base:latest/
    assert log =~ /it-podman\/app: built version 1 \([0-9a-f]{12}\), tagged it-podman\/app:1 and it-podman\/app:latest/
    assert log.contains("STEP 1/6: FROM it-podman/base:1") : "the app box is built on the base box's version"
    assert log.contains("it-podman/base: up to date, version 1")
    assert log.contains("it-podman/app: up to date, version 1")
    // start with a published port and the http wait, exec, commit with its labels, stop
    assert log =~ /it-podman-app \([0-9a-f]{12}\): started from it-podman\/app version 1, ports localhost:\d+->80\/tcp \(web.port\), ready in/
    assert log.contains("  | wrote row-1")
    // diff: the layer's added file with its size (Podman's HEAD of the archive), the volume with what it holds
    assert log =~ /(?m)^\[INFO\]\s+A\s+\/root-x\s+2 B$/
    assert log =~ /it-podman-app: volume \/data \(anonymous\) would be committed: 0\.0 MB in 3 entries/
    // /data is a VOLUME of the app box: its content is read (the box paused) and built into version 2
    assert log =~ /it-podman-app: volume \/data \(anonymous\): 0\.0 MB in 3 entries \[\d+\.\d s\]/
    assert log =~ /it-podman-app: paused while its volumes were read, running again/
    assert log =~ /it-podman-app: committed as it-podman\/app:2 \([0-9a-f]{12}\), now latest, message: with row-1/
    assert log.contains("it-podman-app: stopped and kept (persistent)")
    // snapshots reads the commit's labels, which Podman only keeps when sent as changes
    assert log =~ /latest ->\s+2\s+commit\s+.*it-podman\/app:1\s+with row-1/
    assert log =~ /\s+1\s+build\s+.*it-podman\/base:1/
    assert log.contains("it-podman/app: latest moved from version 2 to version 1")
    assert log.contains("  | no row in version 1")
    assert log =~ /a NEW container it-podman-app-shell-[0-9a-f]{8} from it-podman\/app:2/
    assert log.contains("  | row-1")
    assert log.contains("removed container it-podman-app")
    assert log.contains("it-podman/app: building version 3 on it-podman/base:1")
    assert log.contains("it-podman/app: the build failed at STEP 3/6: RUN test")
    // RUN --mount=type=cache through auto: Buildah builds it, and the cache survives the rebuild of step 14;
    // the outside stage image went to Buildah pinned to its id
    assert log.contains("it-podman/cached: building version 1 on it-podman/base:1 (no latest image yet) with the classic builder"
            + " (Podman builds with Buildah, which knows RUN --mount)") : log
    assert log =~ /\| cache count 1 \(round 1\)/ : "Buildah's cache lives in the IT's Podman folder (podman.sh), new each run"
    assert log =~ /it-podman\/cached: building version 2 on it-podman\/base:1 \(inputs changed since version 1\)/
    assert log =~ /\| cache count 2 \(round 2\)/ : "the cache mount kept the first build's count"
    def toolId = api("/images/${base}/json").Id
    assert log.contains("[1/2] STEP 1/2: FROM ${toolId.startsWith("sha256:") ? toolId : "sha256:" + toolId} AS tool") : "the stage image pinned to ${toolId}"
    assert api("/images/it-podman/cached:2/json").Config.Labels["dockerbox.version"] == "2"
    // status and logs of the running box
    assert log =~ /it-podman-app\s+it-podman\/app:1\s+running/
    assert log.contains("output of it-podman-app")
    // push, then pull back what destroy removed
    assert log.contains("127.0.0.1:38956/it-podman/shared: built version 1")
    assert log =~ /127\.0\.0\.1:38956\/it-podman\/shared:1: pushed/
    assert log =~ /127\.0\.0\.1:38956\/it-podman\/shared:latest: pushed/
    assert log.contains("pulling 127.0.0.1:38956/it-podman/shared:latest from 127.0.0.1:38956")
    def registryTags = new JsonSlurper().parseText(new URL("http://127.0.0.1:38956/v2/it-podman/shared/tags/list").text).tags as Set
    assert registryTags == ["1", "2", "latest"] as Set : "in the registry: ${registryTags}"
    // 11, 12: the volume's data committed on Podman, pushed, removed here, pulled back and seen by a new container
    assert log =~ /127\.0\.0\.1:38956\/it-podman\/shared:2: pushed/
    assert (log =~ /pulling 127\.0\.0\.1:38956\/it-podman\/shared:latest from 127\.0\.0\.1:38956/).size() >= 2
    assert log.contains("  | shared-row") : "the pulled version 2 has the data its container wrote into its volume"
    def pulled = api("/images/127.0.0.1:38956/it-podman/shared:2/json")
    assert pulled.Config.Labels["dockerbox.version"] == "2"
    assert pulled.Config.Labels["dockerbox.kind"] == "commit"
    assert api("/images/127.0.0.1:38956/it-podman/shared:latest/json").Id == pulled.Id

    // The engine's side: Podman's own spelling of the tags, the labels, no container left
    def app2 = api("/images/it-podman/app:2/json")
    assert app2.RepoTags.contains("docker.io/it-podman/app:2")
    def labels = app2.Config.Labels
    assert labels["dockerbox.kind"] == "commit"
    assert labels["dockerbox.message"] == "with row-1"
    assert labels["dockerbox.parent"] == "it-podman/app:1"
    assert labels["dockerbox.version"] == "2"
    assert labels["dockerbox.run"] == "" : "the run's labels are blanked in a commit"
    assert labels["dockerbox.volumes"] == "/data=11" : "base.txt and row.txt: ${labels["dockerbox.volumes"]}"
    assert app2.Config.Cmd == ["httpd", "-f", "-p", "80", "-h", "/www"] : "a commit keeps the image's CMD"
    def latest = api("/images/it-podman/app:latest/json")
    assert latest.Id == api("/images/it-podman/app:1/json").Id : "revert moved latest to version 1"
    assert latest.Config.Labels["dockerbox.kind"] == "build"
    assert latest.Config.Labels["io.buildah.version"] != null : "built by Podman's buildah"
    assert api("/containers/json?all=true").findAll { it.Labels?.get("dockerbox.project") == "io.dockerbox.it:engine-podman" }.isEmpty()
    assert api("/images/it-podman/app:3/json").message != null : "a failed build tags nothing"
    def external = ["podman", "--url", "unix://" + sock, "ps", "-a", "-q", "--external"].execute().text.trim()
    assert external.isEmpty() : "a failed build left containers that only Podman sees: ${external}"
    // A standalone start hands its temporary box over (renamed from ...-starting once ready); stop removes it
    assert log =~ /it-podman-temp-[0-9a-f]{8} \([0-9a-f]{12}\): started from it-podman\/app version 1/
    assert log =~ /(?m)^\[INFO\]   it-podman-temp-[0-9a-f]{8}\s+it-podman\/app:1\s+running/
    assert log =~ /it-podman-temp-[0-9a-f]{8}: removed/
    // kill -9 of a Maven that waits for its temporary box: its watcher removes the box from Podman
    def ofProject = { boolean all -> api("/containers/json" + (all ? "?all=true" : "")).findAll { it.Labels?.get("dockerbox.project") == "io.dockerbox.it:engine-podman" } }
    def mvn = new File(System.getProperty("maven.home"), "bin/mvn").path
    def maven = new ProcessBuilder(mvn, "-B", "-o", "-Dmaven.repo.local=" + localRepositoryPath.path, "-Pforever", "verify")
            .directory(basedir).redirectErrorStream(true).redirectOutput(new File(basedir, "maven-killed.log")).start()
    // Bounds far above what an idle machine needs (a Maven start of seconds; the watcher acts within 2 s).
    for (int i = 0; i < 600 && ofProject(false).isEmpty(); i++) {
        Thread.sleep(200)
    }
    assert !ofProject(false).isEmpty() : new File(basedir, "maven-killed.log").text
    maven.destroyForcibly()  // SIGKILL: the mvn script execs the JVM, so this is Maven itself
    long killed = System.nanoTime()
    for (int i = 0; i < 300 && !ofProject(true).isEmpty(); i++) {
        Thread.sleep(200)
    }
    assert ofProject(true).isEmpty() : "the killed Maven's container is still on Podman"
    def network = ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--unix-socket", sock, "http://d/networks/dockerbox-engine-podman"].execute().text
    assert network == "404" : "the project network went with its last container (answer ${network})"
    println String.format("engine-podman: the killed Maven's container was removed %.1f s after kill -9", (System.nanoTime() - killed) / 1e9)
    // dockerbox:watch on Podman: an edit and a deletion reach the running box through Podman's archive
    // API; stopped (SIGTERM, the shutdown hook Ctrl-C runs too), it leaves nothing behind
    def watchLog = lib.watching(basedir, localRepositoryPath.path, pluginVersion, ["-Pwatch"], "watch.port") { waitFor, page ->
        assert page("index.html") == "first"
        assert page("gone.html") == "to be deleted"
        new File(basedir, "boxes/watched/www/index.html").text = "second\n"
        assert waitFor(60) { page("index.html") == "second" } : new File(basedir, "maven-watch.log").text
        assert waitFor(30) { new File(basedir, "maven-watch.log").text.contains("index.html changed: synced") } : new File(basedir, "maven-watch.log").text
        // The edit replaced one file and left its neighbour alone. Asked again for a few seconds: while
        // another IT's Docker container is given the same host port (the two engines do not know each
        // other's ports), Docker's DNAT rule can answer for a moment in Podman's place, with a 404.
        assert waitFor(10) { page("gone.html") == "to be deleted" } : new File(basedir, "maven-watch.log").text
        new File(basedir, "boxes/watched/www/gone.html").delete()
        // watch's line is the event; the page alone could answer 404 before it, as above
        assert waitFor(60) { new File(basedir, "maven-watch.log").text.contains("gone.html changed: synced") } : new File(basedir, "maven-watch.log").text
        assert waitFor(10) { page("gone.html") == "HTTP 404" }
    }
    assert watchLog =~ /watch: boxes\/watched\/www\/index.html changed: synced into it-podman-watch-[0-9a-f]{8} at \/www \(1 copied, 0 deleted\)/ : watchLog
    assert watchLog =~ /watch: boxes\/watched\/www\/gone.html changed: synced into it-podman-watch-[0-9a-f]{8} at \/www \(0 copied, 1 deleted\)/ : watchLog
    assert ofProject(true).isEmpty() : "watch left a container on Podman"
    // and nothing of it reached the Docker engine
    def docker = ["docker", "image", "ls", "-q", "it-podman/app"].execute().text.trim()
    assert docker.isEmpty() : "it-podman/app is on the Docker engine: ${docker}"
} finally {
    ["bash", new File(itLib).parentFile.path + "/registry.sh", "stop", "/tmp/dockerbox-it-registry-podman"].execute().waitFor()
    def p = new ProcessBuilder("bash", new File(basedir, "podman.sh").path, "stop").redirectErrorStream(true).start()
    p.inputStream.text
    p.waitFor()
}
return true
