def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    assert log =~ /it-noop\/box: built version 1 /
    assert log.contains("it-noop/box: up to date, version 1")
    assert !lib.imageExists("it-noop/box:2") : "the target/ holding only target/dockerbox/ made the second build new"
} finally {
    lib.removeRepositories("it-noop/box")
}
return true
