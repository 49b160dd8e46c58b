def lib = new GroovyShell().parse(new File(itLib))
lib.docker("rm", "-f", "it-life-box", "it-life-foreign")
lib.removeRepositories("it-life/box", "it-life/box-fork")
lib.docker("volume", "rm", "it-life-data")
// A container that is not this project's: destroy must not touch it.
lib.dockerOk("run", "-d", "--name", "it-life-foreign", base, "sleep", "600")
return true
