def lib = new GroovyShell().parse(new File(itLib))
lib.docker("rm", "-f", "it-untag-box")
lib.removeRepositories("it-untag/box")
return true
