// engine.sh: this IT's second engine (it/second-engine.sh with its own id).
new File(basedir, "engine.sh").text = "exec bash '" + new File(new File(itLib).parentFile, "second-engine.sh").path + "' d2 \"\$@\"\n"
def run(String... cmd) {
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "${cmd.join(' ')}: ${out}"
}
run("bash", "engine.sh", "start", base)
// The engine dies while start waits for the box: once its container runs.
run("bash", "engine.sh", "kill-when-running", "io.dockerbox.it:start-engine-gone")
return true
