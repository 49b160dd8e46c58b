def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    assert log =~ /nothing to diff: looked for .*it-diff-box.* and found none; mvn dockerbox:start, or mvn dockerbox:shell -Ddockerbox.persistent, makes one/
    assert log =~ /it-diff-box: \d+ paths differ from its image it-diff\/box:latest \[\d+\.\d s\] \(A added, C changed, D deleted\):/
    // by folder: the root's added file (6 bytes), /etc's changed one (10 bytes), /opt/app's deleted one
    assert log =~ /(?m)^\[INFO\]\s+\/\s+1\s+0\s+0\s+6 B$/
    assert log =~ /(?m)^\[INFO\]\s+FOLDER\s+ADDED\s+CHANGED\s+DELETED\s+SIZE$/
    assert log =~ /(?m)^\[INFO\]\s+\/etc\s+0\s+1\s+0\s+10 B$/
    assert log =~ /(?m)^\[INFO\]\s+\/opt\/app\s+0\s+0\s+1\s+0 B$/
    assert log =~ /(?m)^\[INFO\]\s+A\s+\/root-x\s+6 B$/
    assert log =~ /(?m)^\[INFO\]\s+C\s+\/etc\/app\.conf\s+10 B$/
    assert log =~ /(?m)^\[INFO\]\s+D\s+\/opt\/app\/old\s+-$/
    assert !(log =~ /(?m)^\[INFO\]\s+[ACD]\s+\/data/) : "a volume's file is not a change of the layer"
    assert !(log =~ /(?m)^\[INFO\]\s+C\s+\/opt\s/) : "a folder changed only by what it holds is not listed"
    assert log =~ /it-diff-box: volume \/data \(anonymous\) would be committed: 3\.0 MB in 2 entries \[\d+\.\d s\]/
    assert lib.dockerOk("inspect", "--format", "{{.State.Status}}", "it-diff-box") == "running" : "diff does not pause or stop"
} finally {
    lib.docker("rm", "-f", "-v", "it-diff-box")
    lib.docker("network", "rm", "dockerbox-diff")
    lib.removeRepositories("it-diff/box")
}
return true
