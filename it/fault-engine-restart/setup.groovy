// engine.sh: this IT's second engine (it/second-engine.sh with its own id).
new File(basedir, "engine.sh").text = "exec bash '" + new File(new File(itLib).parentFile, "second-engine.sh").path + "' d3 \"\$@\"\n"
def run(String... cmd) {
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "${cmd.join(' ')}: ${out}"
}
run("bash", "engine.sh", "start", base)
// Kills the engine once goal 2's build step sleeps, and starts it again 3 s later.
run("bash", "engine.sh", "kill-during-build")
return true
