def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
assert log.contains("Apache Maven 3.8") || mavenVersion.startsWith("3.8") : "this case is meant to run under Maven 3.8"
assert log.contains("it-maven38/box: built version 1")
assert log.contains("it-maven38/box: up to date, version 1")
assert lib.dockerOk("run", "--rm", "it-maven38/box:1", "cat", "/greeting") == "hello from maven 3.8"
lib.removeRepositories("it-maven38/box")
return true
