def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    assert log.contains("  | inserted row-1")
    assert log =~ /it-life-box: committed as it-life\/box:2 \([0-9a-f]{12}\), now latest, message: with-row-1/
    assert log.contains("  | found row-1")
    assert log.contains("it-life/box: up to date, version 2")
    assert log.contains("it-life/box: latest moved from version 2 to version 1; nothing was removed (mvn dockerbox:revert -Ddockerbox.version=2 goes back)")
    assert log.contains("  | row-1 is gone")
    assert log =~ /it-life-box: committed as it-life\/box-fork:1 /
    // snapshots: versions, kinds, messages, parents, and which is latest
    assert log =~ /\s+1\s+build\s+.*dockerbox\/busybox:1/
    assert log =~ /\s+2\s+commit\s+.*it-life\/box:1\s+with-row-1/
    assert log =~ /latest ->\s+1\s+build/
    // the shell said what it is, passed the exit code, and left nothing
    assert log.contains("dockerbox:shell: a NEW container it-life-box-shell-")
    assert log.contains("not the one dockerbox:start runs")
    assert log.contains("  | from-the-shell")
    assert log.contains("the command exited with code 3")
    // the kept shell was committed without moving latest
    assert log.contains("(-Ddockerbox.persistent)")
    assert log =~ /kept container it-life-box-shell-[0-9a-f]{8} \(exited, exit code 0\); commit it as the next version with: mvn dockerbox:commit -Ddockerbox.container=it-life-box-shell-/
    assert log =~ /it-life-box-shell-[0-9a-f]{8}: committed as it-life\/box:3 \([0-9a-f]{12}\), latest unchanged/
    assert log =~ /a NEW container it-life-box-shell-[0-9a-f]{8} from it-life\/box:3/
    assert log.contains("  | kept")
    // errors
    assert log.contains("dockerbox.version: it-life/box has no version 99; it has versions 1, 2, 3")
    assert log.contains("dockerbox.fork: 'it-life/box' already exists")
    assert log.contains("dockerbox:shell needs a terminal or a command")
    assert log.contains("stdin is not a terminal")
    assert log.contains("nothing to commit: looked for a persistent box named it-life-box")
    // destroy: containers always, images only when asked; the foreign container survived
    assert log =~ /removed images of it-life\/box: \[/
    assert !lib.imageExists("it-life/box:1") && !lib.imageExists("it-life/box:latest")
    assert lib.imageExists("it-life/box-fork:1") : "a fork is another box: destroy of this box keeps it"
    // named volumes: kept unless asked, then removed
    assert log.contains("kept volumes it-life-data (-Ddockerbox.volumes=true removes them)")
    assert log.contains("removed volume it-life-data")
    assert lib.docker("volume", "inspect", "it-life-data").code != 0
    assert lib.projectContainers("io.dockerbox.it:box-life").isEmpty()
    assert lib.dockerOk("inspect", "--format", "{{.State.Running}}", "it-life-foreign") == "true"
} finally {
    lib.docker("rm", "-f", "it-life-box", "it-life-foreign")
    lib.removeProjectContainers("io.dockerbox.it:box-life")
    lib.removeRepositories("it-life/box", "it-life/box-fork")
    lib.docker("volume", "rm", "it-life-data")
}
return true
