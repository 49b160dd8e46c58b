def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-shell/box")
return true
