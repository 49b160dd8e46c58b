def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-parallel/alpha", "it-parallel/beta")
return true
