// Maven under a pseudo-terminal (util-linux script), typing into the shell as a person would.
// The IT repository was filled through the invoker settings: this plain call must not ask where artifacts came from.
def lib = new GroovyShell().parse(new File(itLib))
try {
    def mvn = new File(System.getProperty("maven.home"), "bin/mvn").path
    def goal = "io.dockerbox:dockerbox-maven-plugin:" + pluginVersion + ":shell"
    def command = "stty rows 33 cols 101; " + mvn + " -B -o -q -Daether.enhancedLocalRepository.trackingFilename=none -Dmaven.repo.local=" + localRepositoryPath + " " + goal + "; echo MAVEN-EXIT=\$?"
    def process = new ProcessBuilder("script", "-qec", command, "/dev/null").directory(basedir).redirectErrorStream(true).start()
    Thread.start {
        sleep(8000)
        process.outputStream.write("echo inside-\$((6*7)); stty size; exit 4\r".bytes)
        process.outputStream.flush()
    }
    def finished = process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)
    def out = process.inputStream.text.replace("\r", "")
    new File(basedir, "terminal.log").text = out
    assert finished : "the shell did not end: ${out}"
    assert out.contains("inside-42")
    assert out.contains("33 101") : "the container's terminal has the size of Maven's: ${out}"
    assert out.contains("the shell exited with code 4")
    assert out.contains("MAVEN-EXIT=1")
    assert lib.dockerOk("ps", "-a", "-q", "--filter", "label=dockerbox.project=io.dockerbox.it:shell-terminal") == ""
} finally {
    lib.dockerOk("ps", "-a", "-q", "--filter", "label=dockerbox.project=io.dockerbox.it:shell-terminal").readLines().each { lib.docker("rm", "-f", it) }
    lib.removeRepositories("it-shell/box")
}
return true
