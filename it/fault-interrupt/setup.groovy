def lib = new GroovyShell().parse(new File(itLib))
lib.removeProjectContainers("io.dockerbox.it:fault-interrupt")
new File(basedir, "interrupt.log").delete()
new ProcessBuilder("bash", "-c", "bash interrupt.sh >/dev/null 2>&1 &").directory(basedir).start().waitFor()
return true
