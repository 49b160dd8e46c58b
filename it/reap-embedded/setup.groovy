def lib = new GroovyShell().parse(new File(itLib))
lib.removeProjectContainers("io.dockerbox.it:reap-embedded")
return true
