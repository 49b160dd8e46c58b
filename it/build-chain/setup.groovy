def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-chain/base", "it-chain/dev", "it-chain/other", "it-chain/site")
return true
