def lib = new GroovyShell().parse(new File(itLib))
["it-cv-box", "it-cv-other"].each { lib.docker("rm", "-f", it) }
lib.docker("volume", "rm", "-f", "it-cv-named")
lib.removeRepositories("it-cv/box", "it-cv/fork")
// A second container on the named volume: commit names it.
lib.dockerOk("run", "-d", "--name", "it-cv-other", "-v", "it-cv-named:/shared", "--label", "dockerbox.it=commit-volumes", base, "sleep", "600")
return true
