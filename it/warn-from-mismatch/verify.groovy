def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
assert log.contains("[WARNING] it-mismatch/box: box/Dockerfile says FROM it-mismatch/some-other-image:7 but <from> is " + base + "; building on " + base)
assert lib.label("it-mismatch/box:1", "dockerbox.parent") == base
assert new File(basedir, "target/dockerbox/it-mismatch_box/Dockerfile").text.startsWith("FROM " + base + "\n")
lib.removeRepositories("it-mismatch/box")
return true
