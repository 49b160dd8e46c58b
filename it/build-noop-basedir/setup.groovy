def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-noop/box")
// A clean project, as after mvn clean: the first build is the one that makes target/.
new File(basedir, "target").deleteDir()
return true
