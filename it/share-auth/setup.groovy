def registry(String... args) {
    def p = (["bash", new File(itLib).parentFile.path + "/registry.sh"] + args.toList()).execute()
    def out = new StringBuilder()
    p.waitForProcessOutput(out, out)
    assert p.exitValue() == 0 : out
}
registry("tls", "38951", "/tmp/dockerbox-it-registry-auth1", "dbx", "s3cret-dbx")
registry("tls", "38952", "/tmp/dockerbox-it-registry-auth2", "dbx", "s3cret-dbx")
def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories(*lib.shareAuthRepositories())
return true
