def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("no-such-host.invalid:5000/it-err/box", "localhost:38959/it-err/down", "localhost:38959/it-err/parent", "it-err/child")
return true
