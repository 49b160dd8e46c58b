def lib = new GroovyShell().parse(new File(itLib))
lib.removeProjectContainers("io.dockerbox.it:here")
lib.removeRepositories("it-reap2/here", "it-reap2/there")
new File(basedir, "reap.log").delete()
lib.startSecondEngine(basedir, itLib, "reap2", base)
return true
