def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    // Attached while it ran (it ticks for 45 seconds, so a slow second Maven start still finds it running), and returned once it stopped.
    assert log =~ /output of logs-follow-[0-9a-f]{8} \([0-9a-f]{12}, running\), following until Ctrl-C:/
    ["tick-1", "tick-12", "tick-45", "done-ticking"].each { assert log =~ /(?m)^\[INFO\] ${it}$/ }
    assert log =~ /logs-follow-[0-9a-f]{8}: removed/
    assert lib.projectContainers("io.dockerbox.it:logs-follow").isEmpty()
} finally {
    lib.removeProjectContainers("io.dockerbox.it:logs-follow")
    lib.removeRepositories("it-follow/box")
}
return true
