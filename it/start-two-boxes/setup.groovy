def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-two/db", "it-two/web")
return true
