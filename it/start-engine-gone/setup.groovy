def lib = new GroovyShell().parse(new File(itLib))
lib.startSecondEngine(basedir, itLib, "d2", base)
// The engine dies while start waits for the box: once its container runs.
lib.engine(basedir, "kill-when-running", "io.dockerbox.it:start-engine-gone")
return true
