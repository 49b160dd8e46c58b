def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-mismatch/box")
return true
