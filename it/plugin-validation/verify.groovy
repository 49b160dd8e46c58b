def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
assert log.contains("it-validation/box: built version 1")
assert log.contains("removed")
// Maven 3.9 ends with "Plugin validation issues were detected in N plugin(s)", Maven 4 with
// "Plugin [...] validation issues were detected in following plugin(s)"; either names the plugin.
def issues = log.readLines().findAll { it.contains("validation issue") || (it.contains("[WARNING]") && it.contains("dockerbox-maven-plugin")) }
println "plugin validation (VERBOSE) checked under Maven " + mavenVersion
assert issues.isEmpty() : "Maven's plugin validation reported: " + issues.join("\n")
// The jar users get carries Eclipse's lifecycle mapping (M2eMetadataTest checks its content).
def jar = new File(localRepositoryPath, "io/dockerbox/dockerbox-maven-plugin/${pluginVersion}/dockerbox-maven-plugin-${pluginVersion}.jar")
assert new java.util.zip.ZipFile(jar).withCloseable { it.getEntry("META-INF/m2e/lifecycle-mapping-metadata.xml") != null } : jar
lib.removeRepositories("it-validation/box")
return true
