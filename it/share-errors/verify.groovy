def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
def repos = ["no-such-host.invalid:5000/it-err/box", "localhost:38959/it-err/down", "localhost:38959/it-err/parent", "it-err/child"]
try {
    assert log.contains("push of no-such-host.invalid:5000/it-err/box:1 to no-such-host.invalid:5000 failed")
    assert log.contains("the registry host no-such-host.invalid:5000 is not known; check the registry part of the box's <name>")
    assert log.contains("push of localhost:38959/it-err/down:1 to localhost:38959 failed")
    assert log.contains("nothing answers at localhost:38959; is the registry running?")
    assert log.contains("pull of localhost:38959/it-err/parent:latest from localhost:38959 failed")
    assert log.contains("localhost:38959/it-err/parent has no <directory>, so it cannot be built here, only pulled")
    assert log.contains("localhost:38959/it-err/parent: not present in the engine at")
    assert log.contains("-Ddockerbox.pull=never (or Maven offline), so it is not pulled")
    assert log.contains("dockerbox.pull: 'sometimes' is not a pull policy; use always, missing (the default) or never")
    assert log.contains("dockerbox.version: '0' is not a version; versions are 1, 2, 3")
    assert log.contains("dockerbox:pull needs the registry, but Maven is offline (-o)")
    assert log.contains("dockerbox:push needs the registry, but Maven is offline (-o)")
    // nothing half-tagged: the boxes that failed to share are as they were, the unpullable parent is absent
    assert !lib.imageExists("localhost:38959/it-err/parent:latest")
    assert !lib.imageExists("it-err/child:latest")
    assert lib.docker("image", "ls", "-q", "localhost:38959/it-err/parent").out.isEmpty()
} finally {
    lib.removeRepositories(*repos)
}
return true
