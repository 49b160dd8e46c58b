def log = new File(basedir, "build.log").text
assert log.contains("6 problems in the dockerbox configuration")
assert log.contains("<boxes><box>[1] 'it-config/nofile': <directory>") && log.contains("has neither Dockerfile.ftl nor Dockerfile")
assert log.contains("<boxes><box>[2] 'it-config/nodir': <directory>") && log.contains("does-not-exist does not exist")
assert log.contains("<boxes><box>[3] 'it-config/noctx': <context>") && log.contains("no-such-context does not exist")
assert log.contains("the name 'it-config/dup' is used by more than one <box>")
assert log.contains("cycle: it-config/a -> it-config/b -> it-config/a")
assert log.contains("<name> 'It Config/Upper' is not a valid image repository name")
// Configuration errors come before any engine work.
assert !log.contains("building version")
return true
