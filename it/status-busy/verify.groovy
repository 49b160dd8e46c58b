def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    assert log =~ /status-busy-[0-9a-f]{8}\s+it-busy\/box:1\s+running\s+\S+\s+-\s+\d+\.\d BUSY/
    assert log =~ /(?m)^\[INFO\] spinning$/
    assert log =~ /status-busy-[0-9a-f]{8}: removed/
    assert lib.projectContainers("io.dockerbox.it:status-busy").isEmpty()
} finally {
    lib.removeProjectContainers("io.dockerbox.it:status-busy")
    lib.removeRepositories("it-busy/box")
}
return true
