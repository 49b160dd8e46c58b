def lib = new GroovyShell().parse(new File(itLib))
lib.startSecondEngine(basedir, itLib, "d3", base)
// Kills the engine once goal 2's build step sleeps, and starts it again a second later.
lib.engine(basedir, "kill-during-build")
return true
