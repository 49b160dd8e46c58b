// Maven under a pseudo-terminal (util-linux script), typing into the shell as a person would.
// The IT repository was filled through the invoker settings: this plain call must not ask where artifacts came from.
def lib = new GroovyShell().parse(new File(itLib))
try {
    def mvn = new File(System.getProperty("maven.home"), "bin/mvn").path
    def goal = "io.dockerbox:dockerbox-maven-plugin:" + pluginVersion + ":shell"
    def command = "stty rows 33 cols 101; " + mvn + " -B -o -q -Daether.enhancedLocalRepository.trackingFilename=none -Dmaven.repo.local=" + localRepositoryPath + " " + goal + "; echo MAVEN-EXIT=\$?"
    def process = new ProcessBuilder("script", "-qec", command, "/dev/null").directory(basedir).redirectErrorStream(true).start()
    def screen = new StringBuffer()
    def reader = Thread.start {
        def input = process.inputStream
        int c
        while ((c = input.read()) != -1) {
            screen.append((char) c)
        }
    }
    // Type only once the shell shows its prompt, as a person would.
    def deadline = System.currentTimeMillis() + 90_000
    while (!screen.toString().contains("/ # ") && System.currentTimeMillis() < deadline && process.isAlive()) {
        sleep(200)
    }
    // dockerbox sets the terminal size right after it starts the container, so the prompt may come
    // before it or after it. Rather than guess a time, the shell waits for the size itself (at most 10 s,
    // so that a size never set still ends in the assertion on "stty size" below, not in a hang). What is
    // typed is echoed: it spells 33 101 and 42 as sums, so that only the shell's answers contain them.
    def typed = 'n=0; while [ "$(stty size)" != "$((30+3)) $((100+1))" ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n+1)); done; ' +
            'echo inside-$((6*7)); stty size; exit 4\r'
    process.outputStream.write(typed.bytes)
    process.outputStream.flush()
    def finished = process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)
    reader.join(5000)
    def out = screen.toString().replace("\r", "")
    new File(basedir, "terminal.log").text = out
    assert finished : "the shell did not end: ${out}"
    assert out.contains("inside-42")
    assert out.contains("33 101") : "the container's terminal has the size of Maven's: ${out}"
    assert out.contains("the shell exited with code 4")
    assert out.contains("MAVEN-EXIT=1")
    assert lib.projectContainers("io.dockerbox.it:shell-terminal").isEmpty()
} finally {
    lib.removeProjectContainers("io.dockerbox.it:shell-terminal")
    lib.removeRepositories("it-shell/box")
}
return true
