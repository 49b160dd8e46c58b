def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    assert log.contains("  | wrote")
    // default: the anonymous volume is read while the box is paused, the named volume and the bind mount are left out
    assert log.contains("it-cv-box: bind mount of ${basedir.canonicalPath}/target/host at /host left out: a bind mount is your own folder and is never committed")
    assert log.contains("it-cv-box: named volume it-cv-named at /named left out (dockerbox.commitVolumes=anonymous): a named volume is shared and outlives the container; -Ddockerbox.commitVolumes=all commits it; also mounted by it-cv-other")
    assert log =~ /it-cv-box: volume \/data \(anonymous\): 0\.0 MB in 3 entries \[\d+\.\d s\]/
    assert log =~ /it-cv-box: paused while its volumes were read, running again \[\d+\.\d s\]/
    assert log =~ /it-cv-box: committed as it-cv\/box:2 \([0-9a-f]{12}\), now latest, message: default/
    assert lib.dockerOk("inspect", "--format", "{{.State.Status}}", "it-cv-box") == "running"
    assert log.contains("  | served: data-x") : "the box serves again after the pause"
    // a new container from version 2: the volume's file with its owner, the layer's file; not the named volume's, not the bind mount's
    assert log.contains("  | v2: data-x 1000:1001 r")
    assert lib.dockerOk("run", "--rm", "it-cv/box:2", "sh", "-c", "ls /data; find /named /host -type f | wc -l") == "seed\nx\n0"
    assert lib.label("it-cv/box:2", "dockerbox.volumes") == "/data=12"
    // all: the named volume too, said to reach only a volume that does not exist yet
    assert log =~ /it-cv-box: named volume it-cv-named at \/named: 0\.0 MB in 2 entries \[\d+\.\d s\]; it reaches only a volume it-cv-named that does not exist yet \(the engine fills a volume from the image only when the volume is new\), e\.g\. on another machine after a pull; also mounted by it-cv-other/
    assert log =~ /it-cv-box: committed as it-cv\/box:3 \([0-9a-f]{12}\), now latest, message: all/
    assert lib.dockerOk("run", "--rm", "it-cv/box:3", "cat", "/named/n", "/data/x") == "n\ndata-x"
    assert lib.label("it-cv/box:3", "dockerbox.volumes") == "/data=12;/named=2@it-cv-named"
    // snapshots: how much volume data each version holds
    assert log =~ /(?m)^\[INFO\]\s+1\s+build\s+\S+ \S+\s+[\d.]+ MB\s+-\s+dockerbox\/busybox:1/
    assert log =~ /(?m)^\[INFO\]\s+2\s+commit\s+\S+ \S+\s+[\d.]+ MB\s+0\.0 MB\s+it-cv\/box:1\s+default$/
    assert log =~ /(?m)^\[INFO\]\s+latest ->\s+3\s+commit\s+\S+ \S+\s+[\d.]+ MB\s+0\.0 MB\s+it-cv\/box:1\s+all$/
    // a fork: its version 1 holds the data too
    assert log =~ /it-cv-box: committed as it-cv\/fork:1 \([0-9a-f]{12}\), now latest/
    assert lib.dockerOk("run", "--rm", "it-cv/fork:1", "cat", "/data/x") == "data-x"
    assert lib.label("it-cv/fork:1", "dockerbox.volumes") == "/data=12"
    // none: nothing read, and the version's label does not claim the data of the version it came from
    assert log.contains("it-cv-box: volume /data (anonymous) left out (dockerbox.commitVolumes=none)")
    assert log =~ /it-cv-box: committed as it-cv\/box:4 \([0-9a-f]{12}\), latest unchanged/
    assert lib.label("it-cv/box:4", "dockerbox.volumes") == ""
    // revert to version 3
    assert log.contains("it-cv/box: version 3 holds 0.0 MB for /data; a new container from it gets a fresh volume filled with it")
    assert log.contains("it-cv/box: version 3 holds 0.0 MB for /named (named volume it-cv-named): an existing volume it-cv-named keeps its current content, revert never empties or replaces it; only a volume that does not exist yet is filled from the version")
    assert lib.dockerOk("run", "--rm", "-v", "it-cv-named:/named", "it-cv/box:3", "ls", "/named") == "n" : "the named volume as it was"
    // a wrong value
    assert log.contains("dockerbox.commitVolumes: 'some' is not one of anonymous (the default: the volumes of the image's VOLUME paths), all (named volumes too) or none; e.g. -Ddockerbox.commitVolumes=all")
} finally {
    ["it-cv-box", "it-cv-other"].each { lib.docker("rm", "-f", "-v", it) }
    lib.docker("network", "rm", "dockerbox-commit-volumes")
    lib.docker("volume", "rm", "-f", "it-cv-named")
    lib.removeRepositories("it-cv/box", "it-cv/fork")
}
return true
