def lib = new GroovyShell().parse(new File(itLib))
def project = "io.dockerbox.it:reap-embedded"
try {
    def home = System.getProperty("maven.home")
    def java = new File(System.getProperty("java.home"), "bin/java").path
    def cp = "${home}/lib/*${File.pathSeparator}${home}/boot/*"
    def p = new ProcessBuilder(java, "-Dmaven.home=" + home, "-cp", cp, "Builds.java", basedir.path, localRepositoryPath.path)
            .directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : out
    println out
    // The first build failed after start, so its stop never ran: the end of the build removed the box,
    // though the JVM went on to a second build.
    assert out.contains("[builds] first build: exit 1; containers while the JVM lives: 0") : out
    def first = new File(basedir, "maven-first.log").text
    assert first.contains("the test fails") && first.contains("the command exited with code 3") : first
    assert first =~ /the build ended before dockerbox:stop; cleaning up 1 container\(s\)/ : first
    // The second build's standalone start handed its box over: it outlives the build.
    assert out.contains("[builds] second build: exit 0; containers while the JVM lives: 1") : out
    assert out.contains("[builds] done")
    // And the JVM's end took nothing more: the handed-over box still runs.
    assert lib.projectContainers(project).size() == 1
} finally {
    lib.removeProjectContainers(project)
    lib.docker("network", "rm", "dockerbox-reap-embedded")
    lib.removeRepositories("it-embedded/box")
}
return true
