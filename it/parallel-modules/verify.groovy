def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
try {
    assert log.contains("Using the MultiThreadedBuilder implementation with a thread count of 2")
    assert !log.contains("is not marked as thread-safe")
    def alpha = (log =~ /alpha-[0-9a-f]{8} \([0-9a-f]{12}\): started from it-parallel\/alpha version 1, ports localhost:(\d+)->80/)
    def beta = (log =~ /beta-[0-9a-f]{8} \([0-9a-f]{12}\): started from it-parallel\/beta version 1, ports localhost:(\d+)->80/)
    assert alpha.find() && beta.find()
    assert alpha.group(1) != beta.group(1) : "each module got its own port"
    ["alpha", "beta"].each { m ->
        def ports = new Properties()
        new File(basedir, m + "/target/dockerbox/ports.properties").withInputStream { ports.load(it) }
        assert ports.getProperty("web.port") ==~ /\d+/
        assert log =~ /${m}-[0-9a-f]{8}: removed/
        assert lib.projectContainers("io.dockerbox.it:" + m).isEmpty()
    }
} finally {
    ["alpha", "beta"].each { lib.removeProjectContainers("io.dockerbox.it:" + it) }
    lib.removeRepositories("it-parallel/alpha", "it-parallel/beta")
}
return true
