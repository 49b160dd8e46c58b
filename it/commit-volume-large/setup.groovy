def lib = new GroovyShell().parse(new File(itLib))
lib.docker("rm", "-f", "-v", "it-cvl-box")
lib.removeRepositories("it-cvl/box")
return true
