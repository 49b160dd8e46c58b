// Shared helpers for verify.groovy scripts: run the docker CLI and read the build log.
// Loaded with: def lib = new GroovyShell().parse(new File(itLib))  (itLib is set in the invoker configuration)

def docker(String... args) {
    def cmd = ["docker"] + args.toList()
    def proc = cmd.execute()
    def out = new StringBuilder(), err = new StringBuilder()
    proc.waitForProcessOutput(out, err)
    return [code: proc.exitValue(), out: out.toString().trim(), err: err.toString().trim()]
}

def dockerOk(String... args) {
    def r = docker(args)
    assert r.code == 0 : "docker ${args.join(' ')} failed: ${r.err}"
    return r.out
}

/** The docker CLI against an IT's own engine (-H ADDRESS) instead of the main one. */
def dockerAt(String address, String... args) {
    return docker((["-H", address] + args.toList()) as String[])
}

def dockerAtOk(String address, String... args) {
    def r = dockerAt(address, args)
    assert r.code == 0 : "docker -H ${address} ${args.join(' ')} failed: ${r.err}"
    return r.out
}

def imageExists(String ref) {
    return docker("image", "inspect", ref).code == 0
}

def label(String ref, String name) {
    return dockerOk("image", "inspect", "--format", "{{ index .Config.Labels \"" + name + "\" }}", ref)
}

def imageId(String ref) {
    return dockerOk("image", "inspect", "--format", "{{.Id}}", ref)
}

/** Removes every tag of the given repositories (an IT cleans up only what it made). */
def removeRepositories(String... repositories) {
    repositories.each { repo ->
        def tags = docker("image", "ls", "--format", "{{.Repository}}:{{.Tag}}", repo).out
        tags.readLines().findAll { it.trim() }.each { docker("image", "rm", "-f", it) }
    }
}

/** Ids of every container labelled for the given project (groupId:artifactId), running or not. */
def projectContainers(String project) {
    return dockerOk("ps", "-a", "-q", "--filter", "label=dockerbox.project=" + project).readLines().findAll { it.trim() }
}

/** Removes what a failed assertion may have left of a project's containers. */
def removeProjectContainers(String project) {
    projectContainers(project).each { docker("rm", "-f", it) }
}

/** The repositories the share-auth IT makes, in every spelling of its registries. */
def shareAuthRepositories() {
    return ["localhost:38951/it-auth/base", "localhost:38951/it-auth/site", "127.0.0.1:38951/it-auth/wrong",
            "localhost:38952/it-auth/viaconfig", "127.0.0.1:38952/it-auth/anonymous"]
}

/**
 * Runs an IT's driver script (bash SCRIPT MVN LOCAL_REPO it/lib.sh) in its folder to its end, and
 * returns what it wrote to its events file, printed for the IT's output too.
 */
def runDriver(File basedir, String itLib, String localRepository, String script, String events) {
    def mvn = new File(System.getProperty("maven.home"), "bin/mvn").path
    def p = new ProcessBuilder("bash", script, mvn, localRepository, new File(new File(itLib).parentFile, "lib.sh").path).directory(basedir)
            .redirectErrorStream(true).start()
    p.inputStream.text
    p.waitFor()
    def text = new File(basedir, events).text
    println "${events}:\n" + text
    return text
}

/**
 * An IT's own second engine: writes engine.sh into its folder (it/second-engine.sh under the IT's
 * id, see there for the commands) and starts it with the base image loaded.
 */
def startSecondEngine(File basedir, String itLib, String id, String image) {
    new File(basedir, "engine.sh").text = "exec bash '" + new File(new File(itLib).parentFile, "second-engine.sh").path + "' " + id + " \"\$@\"\n"
    engine(basedir, "start", image)
}

/** Runs a command of the IT's engine.sh and asserts that it worked. */
def engine(File basedir, String... args) {
    def p = new ProcessBuilder(["bash", "engine.sh"] + args.toList()).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "engine.sh ${args.join(' ')}: ${out}"
}

/**
 * Runs a command of the IT's engine.sh without asserting, for the clean-up in a finally block, where an
 * assertion of its own would hide the one that failed the IT. Returns its exit code and output.
 */
def engineCleanup(File basedir, String... args) {
    def p = new ProcessBuilder(["bash", "engine.sh"] + args.toList()).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    return [code: p.waitFor(), out: out]
}

/** What root's ~/.ssh holds (names and times), to show that an IT's own ssh left it alone. */
def sshHomeState() {
    def dir = new File(System.getProperty("user.home"), ".ssh")
    if (!dir.exists()) {
        return "absent"
    }
    return (dir.listFiles().collect { it.name + " " + it.lastModified() }.sort() + [". " + dir.lastModified()]).join("\n")
}

def buildLog(File basedir) {
    return new File(basedir, "build.log").text
}

/**
 * The build log cut at each Maven invocation (invoker.goals.1, .2, ...): element 0 is the first one's
 * output. Every invocation begins with Maven's "Scanning for projects...". Maven 3.8 starts lines with a
 * colour reset even in batch mode; it is taken out.
 */
def invocations(String log) {
    def parts = log.replaceAll(/\u001B\[[0-9;]*m/, "").split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/) as List
    return parts.size() > 1 ? parts.subList(1, parts.size()) : []
}

/**
 * A box built as version 1 and committed as version 2 on a second engine (at address), with its
 * labels, nothing running or left there, and none of it on the main engine: what an IT that drives
 * another engine (a docker context, ssh) checks at its end.
 */
def assertBuiltAndCommittedOnlyOn(String address, String repo, String project, String base, String message, String network) {
    def label = { String ref, String name -> dockerAtOk(address, "image", "inspect", "--format", "{{ index .Config.Labels \"$name\" }}", ref) }
    assert dockerAtOk(address, "image", "inspect", "--format", "{{.Id}}", repo + ":latest") == dockerAtOk(address, "image", "inspect", "--format", "{{.Id}}", repo + ":2")
    assert label(repo + ":1", "dockerbox.kind") == "build"
    assert label(repo + ":1", "dockerbox.parent") == base
    assert label(repo + ":1", "dockerbox.project") == project
    assert label(repo + ":2", "dockerbox.kind") == "commit"
    assert label(repo + ":2", "dockerbox.message") == message
    assert label(repo + ":2", "dockerbox.parent") == repo + ":1"
    assert dockerAt(address, "image", "inspect", repo + ":3").code != 0
    assert dockerAtOk(address, "ps", "-a", "-q") == "" : "containers left on the engine at $address"
    assert dockerAt(address, "network", "inspect", network).code != 0
    // The main engine saw none of it.
    assert dockerOk("image", "ls", "-q", repo) == ""
    assert projectContainers(project).isEmpty()
    assert docker("network", "inspect", network).code != 0
}

/**
 * The line right after each of Maven's "--- dockerbox:VERSION:GOAL" headers in one invocation's log
 * (Maven 3.8: "--- dockerbox-maven-plugin:..."): where every goal that talks to the engine names it.
 */
def goalFirstLines(String run) {
    def lines = run.readLines()
    return (0..<lines.size()).findAll { lines[it] =~ /^\[INFO\] --- dockerbox(-maven-plugin)?:/ }.collect { lines[it + 1] }
}

/** An invocation's log from its first [ERROR] on: a message may run over several lines. */
def errorText(String run) {
    return run.indexOf("[ERROR]") < 0 ? "" : run.substring(run.indexOf("[ERROR]"))
}

return this

/**
 * Runs dockerbox:watch as a developer would, in the background (ARGS: -P, -D...), waits until it
 * watches, hands BODY a function that reads a page of the box (the port from PORT_PROPERTY in
 * ports.properties; "HTTP 404" and the like for an error), then stops it with SIGTERM (the shutdown
 * hook that Ctrl-C runs too) and returns its log. Each wait ends at its event, bounded far above
 * what an idle machine needs. Watch's own Maven gets SIGTERM, not SIGINT: a process started here
 * may inherit SIGINT ignored from a CI shell.
 */
def watching(File basedir, String localRepository, String pluginVersion, List<String> args, String portProperty, Closure body) {
    return watching(basedir, localRepository, pluginVersion, args, portProperty, false, body)
}

/** The same; with KILL9, watch's Maven ends by kill -9 instead, and the build's watcher process has to clean up. */
def watching(File basedir, String localRepository, String pluginVersion, List<String> args, String portProperty, boolean kill9,
        Closure body) {
    def mvn = new File(System.getProperty("maven.home"), "bin/mvn").path
    def log = new File(basedir, "maven-watch.log")
    def maven = new ProcessBuilder(([mvn, "-B", "-o", "-Dmaven.repo.local=" + localRepository] + args
            + ["io.dockerbox:dockerbox-maven-plugin:${pluginVersion}:watch".toString()]) as List<String>)
            .directory(basedir).redirectErrorStream(true).redirectOutput(log).start()
    def waitFor = { int seconds, Closure<Boolean> done ->
        long end = System.nanoTime() + seconds * 1_000_000_000L
        while (!done() && System.nanoTime() < end && maven.isAlive()) {
            Thread.sleep(100)
        }
        return done()
    }
    def page = { String name ->
        def port = new File(basedir, "target/dockerbox/ports.properties").readLines().find { it.startsWith(portProperty + "=") }
        if (port == null) {
            return "no port yet"
        }
        def c = new URL("http://localhost:${port.substring(portProperty.length() + 1)}/${name}").openConnection()
        c.connectTimeout = 2000
        c.readTimeout = 2000
        try { return c.inputStream.text.trim() } catch (IOException e) { return "HTTP ${c.responseCode}" }
    }
    try {
        assert waitFor(300) { log.text.contains("watch: watching ") } : log.text
        body(waitFor, page)
    } finally {
        if (kill9) {
            maven.destroyForcibly()
        } else {
            maven.destroy()
        }
        maven.waitFor()
    }
    return log.text
}
