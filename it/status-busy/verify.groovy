def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    // The share a spinning box gets depends on what else the machine runs (8 loops got 48 % of a core
    // in a CI run beside two other builds), so the line is checked against its own number: real stats
    // were read (far above an idle box's 0.0) and BUSY stands exactly when they reach the mark.
    def row = (log =~ /status-busy-[0-9a-f]{8}\s+it-busy\/box:1\s+running\s+\S+\s+-\s+(\d+\.\d)( BUSY)?/)
    assert row.find() : log
    double cpu = row.group(1) as double
    assert cpu >= 10.0 : "a box of eight busy loops used ${cpu} % of a core"
    assert (row.group(2) != null) == (cpu >= 50.0) : row.group(0)
    assert log =~ /(?m)^\[INFO\] spinning$/
    assert log =~ /status-busy-[0-9a-f]{8}: removed/
    assert lib.projectContainers("io.dockerbox.it:status-busy").isEmpty()
} finally {
    lib.removeProjectContainers("io.dockerbox.it:status-busy")
    lib.removeRepositories("it-busy/box")
}
return true
