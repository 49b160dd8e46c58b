def lib = new GroovyShell().parse(new File(itLib))
def project = "io.dockerbox.it:watch-loop"
try {
    def events = lib.runDriver(basedir, itLib, localRepositoryPath.path, "watch.sh", "events.log")
    def log = new File(basedir, "maven-watch.log").text
    assert events.contains("done") && !events.contains("TIMEOUT") : events + "\n" + log
    // an edit made while the first build ran, once its inputs were read: not lost
    assert events.contains("early: served") : events + "\n" + log
    // a new container that fails: the last good one runs again, with the port it has now published
    assert log =~ /watch-loop-[0-9a-f]{8}: the last good container runs again/ : log
    assert events =~ /(?m)^restored: published (\d+), has \1, serves: first$/ : events
    // sync: the edit served by the running box, a deleted file gone, an excluded file ignored
    assert log =~ /watch: www: .* is synced into the container at \/www|watch: watch-loop: www is synced into the container at \/www/ : log
    assert log =~ /watch: site\/www\/index.html changed: synced into watch-loop-[0-9a-f]{8} at \/www \(1 copied, 0 deleted\) \[[0-9.]+ s\]/ : log
    assert log =~ /watch: site\/www\/gone.html changed: synced into watch-loop-[0-9a-f]{8} at \/www \(0 copied, 1 deleted\)/ : log
    assert events.contains("gone: 404") : events
    assert !log.contains("scratch.tmp") : "an excluded file triggered something:\n" + log
    // an excluded folder moved in whole: only what its exception includes
    assert events.contains("vendor: keep.txt served, big.js 404") : events + "\n" + log
    // rebuild: the new container on the same host port, serving the edit and what was synced before
    assert events =~ /rebuild: port (\d+) -> (\d+), same: true/ : events
    assert log =~ /watch: site\/Dockerfile.ftl changed: watch-loop-[0-9a-f]{8} replaced by watch-loop-[0-9a-f]{8} on the same ports \{watch.port=\d+\}, ready/ : log
    assert events.contains("after the rebuild, index.html: second") : events
    // a parent's edit: the parent, then the box on it
    assert log =~ /(?s)it-watch\/base: building version 2 .*it-watch\/site: building version \d+ on it-watch\/base:2/ : log
    assert events.contains("parent: base.txt served: base two") : events
    // a failing edit keeps the old container; the edit undone and a touch build nothing
    assert log =~ /watch: site\/Dockerfile.ftl changed: the rebuild failed, so the boxes keep running what they ran; the next change tries again\. it-watch\/site: the build failed/ : log
    assert events.contains("failed: same container: true, serves: second") : events
    // (sed -i writes a temporary file beside the Dockerfile: it may be named in the first line)
    assert (log =~ /watch: site\/Dockerfile.ftl(, site\/sed\w+)? changed: inputs unchanged, nothing to do/).size() >= 2 : log
    // the POM is read once: a change of it is said, with what to do
    assert log.contains("watch: pom.xml changed, but watch read the configuration when it started: press Ctrl-C and run mvn dockerbox:watch again to use it") : log
    // a box that exits: reported with its last lines, and a new one at the next change, on the same port
    assert log =~ /watch: watch-loop-[0-9a-f]{8} exited \(exited, exit code 137\); its last lines:\n  \| serving \/www\nThe next change starts a new one\./ : log
    assert log =~ /watch: site\/www\/index.html changed: watch-loop-[0-9a-f]{8} replaced by watch-loop-[0-9a-f]{8} on the same ports/ : log
    assert events =~ /after the exit: port (\d+) -> (\d+), same: true/ : events
    // Ctrl-C in the middle of a rebuild: Maven ends and nothing of the project is left, nor the build's container
    assert log.contains("watch: stopping") : log
    assert events =~ /(?m)^after Ctrl-C: containers 0, network 0, build containers 0, [0-9.]+ s after it$/ : events
} finally {
    lib.removeProjectContainers(project)
    lib.docker("network", "rm", "dockerbox-watch-loop")
    lib.removeRepositories("it-watch/base", "it-watch/site")
}
return true
