def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-busy/box")
return true
