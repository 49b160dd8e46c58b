def log = new File(basedir, "build.log").text
assert log =~ /box\/Dockerfile\.ftl:\d+:\d+: template syntax error/
assert log.contains("#if")
return true
