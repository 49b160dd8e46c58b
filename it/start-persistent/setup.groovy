def lib = new GroovyShell().parse(new File(itLib))
lib.docker("rm", "-f", "it-persistent-box")
lib.removeRepositories("it-persistent/box")
return true
