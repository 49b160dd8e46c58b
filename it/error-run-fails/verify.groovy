def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
assert log.contains("it-runfails/box: the build failed at Step 3/5 : RUN echo \"it-run-fails: preparing\"")
assert log.contains("returned a non-zero code: 3")
assert log.contains("Last lines of its output:")
assert log.contains("  | it-run-fails: about to fail")
assert log.contains("No new version was tagged")
assert !lib.imageExists("it-runfails/box:latest")
assert !lib.imageExists("it-runfails/box:1")
// forcerm: the failed step's container is gone.
def leftovers = lib.dockerOk("ps", "-a", "--no-trunc", "--format", "{{.Command}}").readLines().findAll { it.contains("it-run-fails") }
assert leftovers.isEmpty() : "intermediate containers left behind: ${leftovers}"
return true
