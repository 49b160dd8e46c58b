def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    assert log =~ /it-runbox\/tool: built version 1 /
    assert log =~ /it-runbox\/app: built version 1 /
    assert log.contains("started from it-runbox/tool")
    assert log =~ /build-run-box-[0-9a-f]{8}: removed/
    assert lib.projectContainers("io.dockerbox.it:build-run-box").isEmpty()
} finally {
    lib.removeRepositories("it-runbox/tool", "it-runbox/app")
}
return true
