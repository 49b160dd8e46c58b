def lib = new GroovyShell().parse(new File(itLib))
lib.docker("rm", "-f", "-v", "it-diff-box")
lib.removeRepositories("it-diff/box")
return true
