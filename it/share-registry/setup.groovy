def p = ["bash", new File(itLib).parentFile.path + "/registry.sh", "plain", "38950", "/tmp/dockerbox-it-registry-plain"].execute()
def out = new StringBuilder()
p.waitForProcessOutput(out, out)
assert p.exitValue() == 0 : out
def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("localhost:38950/it-share/base", "localhost:38950/it-share/dev", "localhost:38950/it-share/site")
return true
