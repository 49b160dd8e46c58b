def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-errors/box")
// A container that holds the fixed host port the port-in-use case asks for.
lib.docker("rm", "-f", "it-errors-port-holder")
lib.dockerOk("run", "-d", "--name", "it-errors-port-holder", "-p", busyPort + ":80", base, "httpd", "-f", "-p", "80")
return true
