def lib = new GroovyShell().parse(new File(itLib))
// The main engine must not have the IT's images at all: what appears there came through the wrong engine.
lib.removeRepositories("it-ssh/box")
// root's ~/.ssh as it is now: the IT's ssh must neither read nor write it.
new File(basedir, "ssh-home.before").text = lib.sshHomeState()
lib.engine(basedir, "start", new File(itLib).parentFile.path, base)
return true
