def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-runbox/tool", "it-runbox/app")
return true
