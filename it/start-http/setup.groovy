def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-start/http")
return true
