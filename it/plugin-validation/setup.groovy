def lib = new GroovyShell().parse(new File(itLib))
lib.removeProjectContainers("io.dockerbox.it:plugin-validation")
lib.removeRepositories("it-validation/box")
return true
