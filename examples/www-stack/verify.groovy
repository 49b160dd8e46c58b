// This project's own check of the example's walk-through (docs/examples.md); see invoker.properties.
def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    // 1. the chain on the local Debian base, and SiteIT against the dev box
    assert log =~ /example\/wwwserver: (built version \d+|up to date, version \d+)/
    assert log =~ /example\/www-site: built version \d+ \([0-9a-f]{12}\), tagged example\/www-site:\d+ and example\/www-site:latest/
    assert lib.label("example/wwwserver:latest", "dockerbox.parent") == wwwBase
    // its apt downloads in cache mounts: built with BuildKit, chosen by auto for the RUN --mount
    if (log.contains("example/wwwserver: building version")) {
        assert log =~ /example\/wwwserver: building version \d+ on \S+ \([^)]*\) with BuildKit \(the Dockerfile uses RUN --mount\)/
    }
    assert (log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed/).size() == 2 : "SiteIT ran on the dev and on the production box"
    // 2. production-like: the site box on wwwserver, not on wwwserver-dev
    assert log =~ /example\/www-site: building version \d+ on example\/wwwserver:\d+/
    // 3. persistent box, a row added by exec, committed stopped (MariaDB shut down cleanly), running again
    assert log =~ /www-stack \([0-9a-f]{12}\): started from example\/www-site version \d+/
    assert log =~ /www-stack: stopped for a consistent commit \(stop timeout 30 s\)/
    def committed = (log =~ /www-stack: committed as example\/www-site:(\d+) \([0-9a-f]{12}\), now latest, message: with-a-second-row/)
    assert committed.find()
    def commitVersion = committed.group(1)
    assert log.contains("www-stack: running again")
    assert log =~ /latest -> ${commitVersion}\s+commit/
    // the redo log is 8 MB (box.cnf), so a commit with data stays small
    def commitSize = lib.dockerOk("image", "inspect", "--format", "{{.Size}}", "example/www-site:" + commitVersion) as long
    def parentSize = lib.dockerOk("image", "inspect", "--format", "{{.Size}}", "example/wwwserver-dev:latest") as long
    assert commitSize - parentSize < 60_000_000L : "the commit added ${(commitSize - parentSize) >> 20} MB"
    // 4. shells: a new container each time, two rows in the commit, one after revert
    assert log.contains("dockerbox:shell: a NEW container")
    def counts = (log =~ /(?m)^\[INFO\]\s+\| (\d+)\s*$/).collect { it[1] }
    assert counts == ["2", "1"] : "row counts seen by the two shells: ${counts}"
    assert log =~ /example\/www-site: latest moved from version ${commitVersion} to version \d+; nothing was removed/
    // the password is a secret setting: never printed
    assert !log.contains("site-secret")
    assert log.contains("'****'")
    // 5. destroy left no container of the project
    assert lib.projectContainers("com.example:www-stack").isEmpty()
} finally {
    lib.removeProjectContainers("com.example:www-stack")
}
return true
