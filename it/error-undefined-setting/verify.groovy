def log = new File(basedir, "build.log").text
assert log.contains("box/Dockerfile.ftl:3:")
assert log.contains("the setting 'wwwRoot' is not defined in <settings>")
assert log.contains("(defined: dbName)")
return true
