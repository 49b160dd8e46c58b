def lib = new GroovyShell().parse(new File(itLib))
// The main engine must not have the IT's images at all: what appears there came through the wrong engine.
lib.removeRepositories("it-tls/box")
def p = new ProcessBuilder("bash", "engine.sh", "start", base).directory(basedir).redirectErrorStream(true).start()
def out = p.inputStream.text
assert p.waitFor() == 0 : "engine.sh start: ${out}"
return true
