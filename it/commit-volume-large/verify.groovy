def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    assert log.contains("  | written")
    assert log =~ /it-cvl-box: volume \/data \(anonymous\): 1073\.7 MB in 2 entries \[\d+\.\d s\]/
    assert log =~ /it-cvl-box: committed as it-cvl\/box:2 \([0-9a-f]{12}\), now latest, message: big/
    assert !log.contains("OutOfMemoryError")
    assert lib.label("it-cvl/box:2", "dockerbox.volumes") == "/data=1073741824"
    // a new container gets a fresh volume filled from the image: every byte is there
    assert lib.dockerOk("run", "--rm", "it-cvl/box:2", "stat", "-c", "%s", "/data/big") == "1073741824"
    // the times, for docs/performance.md
    (log =~ /(?m)^\[INFO\] it-cvl-box: .*\[\d+\.\d s\].*$/).each { println it }
} finally {
    lib.docker("rm", "-f", "-v", "it-cvl-box")
    lib.docker("network", "rm", "dockerbox-commit-volume-large")
    lib.removeRepositories("it-cvl/box")
}
return true
