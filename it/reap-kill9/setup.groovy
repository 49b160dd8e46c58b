def lib = new GroovyShell().parse(new File(itLib))
lib.removeProjectContainers("io.dockerbox.it:reap-kill9")
lib.docker("rm", "-f", "it-reap-keep")
new File(basedir, "reap.log").delete()
return true
