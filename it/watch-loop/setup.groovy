def lib = new GroovyShell().parse(new File(itLib))
lib.removeProjectContainers("io.dockerbox.it:watch-loop")
lib.docker("network", "rm", "dockerbox-watch-loop")
lib.removeRepositories("it-watch/base", "it-watch/site")
new File(basedir, "events.log").delete()
new File(basedir, "site/www/early.html").delete()
new File(basedir, "site/www/vendor").deleteDir()
new File(basedir, "vendor-made").deleteDir()
return true
