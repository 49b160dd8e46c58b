def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-maven38/box")
return true
