def run(String... cmd) {
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "${cmd.join(' ')}: ${out}"
}
run("bash", "engine.sh", "start", base)
// Maven starts, builds and starts the box in a few seconds; then the engine dies while start waits.
run("bash", "engine.sh", "kill-later", "12")
return true
