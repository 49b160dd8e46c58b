def lib = new GroovyShell().parse(new File(itLib))
// The main engine must not have the IT's images at all: what appears there came through the wrong engine.
lib.removeRepositories("it-ctx/box")
lib.engine(basedir, "start", new File(itLib).parentFile.path, base)
return true
