def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    assert log.contains("it-untag-box: the image it was started from (it-untag/box:1) is no longer tagged; committing it anyway")
    assert log =~ /it-untag-box: committed as it-untag\/box:1 \([0-9a-f]{12}\), now latest, message: rescued/
    assert log =~ /latest ->\s+1\s+commit\s+.*it-untag\/box:1\s+rescued/
    assert lib.label("it-untag/box:latest", "dockerbox.kind") == "commit"
    assert lib.label("it-untag/box:latest", "dockerbox.run") == ""
} finally {
    lib.docker("rm", "-f", "it-untag-box")
    lib.removeRepositories("it-untag/box")
}
return true
