def lib = new GroovyShell().parse(new File(itLib))
lib.docker("rm", "-f", "it-life-box", "it-life-foreign")
lib.removeRepositories("it-life/box", "it-life/box-fork")
lib.docker("volume", "rm", "it-life-data")
// A container that is not this project's: destroy must not touch it. It sleeps far longer than the case
// can take (600 s ran out under Maven 4 on a loaded 2-core machine, and it looked destroyed); verify removes it.
lib.dockerOk("run", "-d", "--name", "it-life-foreign", base, "sleep", "86400")
return true
