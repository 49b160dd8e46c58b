def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-follow/box")
return true
