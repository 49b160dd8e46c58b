// A twin of this project (same coordinates, so the same box) builds it with other inputs in a
// second Maven process, started now: the invoker's own build starts a moment later.
def lib = new GroovyShell().parse(new File(itLib))
lib.removeRepositories("it-concurrent/box")
def twin = new File(basedir.parentFile, "fault-concurrent-build-twin")
twin.deleteDir()
twin.mkdirs()
new File(twin, "box").mkdirs()
["pom.xml", "box/Dockerfile.ftl"].each { new File(twin, it).text = new File(basedir, it).text }
def mvn = new File(System.getProperty("maven.home"), "bin/mvn").path
def cmd = "'${mvn}' -B -o -Dmaven.repo.local='${localRepositoryPath}' package -Dflavor=twin > build.log 2>&1; echo \$? > exit-code"
new ProcessBuilder("bash", "-c", cmd).directory(twin).redirectErrorStream(true).start()
return true
