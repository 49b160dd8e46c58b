def lib = new GroovyShell().parse(new File(itLib))
def log = lib.buildLog(basedir)
def repos = ["localhost:38950/it-share/base", "localhost:38950/it-share/dev", "localhost:38950/it-share/site"]
def tags = { String repo -> new URL("http://127.0.0.1:38950/v2/" + repo + "/tags/list").text }
try {
    // 1: the chain pushed, each box with its version and latest
    ["base", "dev", "site"].each { box ->
        assert log =~ /localhost:38950\/it-share\/${box}: pushing tags 1, latest to localhost:38950 \(no credentials\)/
        assert log =~ /  localhost:38950\/it-share\/${box}:latest: pushed, \d+ layers?/
    }
    // 3: the new machine pulled the parents (up to date after the pull) and built only the project box
    assert log =~ /localhost:38950\/it-share\/base: pulling localhost:38950\/it-share\/base:latest from localhost:38950/
    assert log =~ /  localhost:38950\/it-share\/dev:latest: pulled version 1 \([0-9a-f]{12}\), \d+ layers? \(\d+ already there\)/
    assert log =~ /localhost:38950\/it-share\/dev\s+pulled\s+v1/
    assert log =~ /localhost:38950\/it-share\/site: building version 1/
    // 4: dev 2 pushed with every version
    assert log.contains("localhost:38950/it-share/dev: pushing tags 1, 2, latest to localhost:38950")
    assert tags("it-share/dev").contains('"1"') && tags("it-share/dev").contains('"2"')
    // 5: an old version by number does not move latest; latest then comes with its number
    assert log =~ /  localhost:38950\/it-share\/dev:1: pulled version 1 /
    assert log =~ /  localhost:38950\/it-share\/dev:latest: pulled version 2 /
    // the first build, before anything was pushed: parents not in the registry yet are built, quietly
    assert log.contains("localhost:38950/it-share/base: not in its registry yet; building it from")
    assert !log.contains("[ERROR] Error during callback")
    // 6 + 7: the commit went through the registry with its data
    assert log =~ /: volume \/data \(anonymous\): 0\.0 MB in 2 entries/ : "/data is the site box's VOLUME"
    assert log =~ /committed as localhost:38950\/it-share\/site:2 \([0-9a-f]{12}\), now latest, message: with-data/
    assert log =~ /  localhost:38950\/it-share\/site:latest: pulled version 2 /
    assert log.contains("  | shared-data")
    assert lib.label("localhost:38950/it-share/site:2", "dockerbox.message") == "with-data"
    assert lib.label("localhost:38950/it-share/site:2", "dockerbox.volumes") == "/data=12" : "pulled back with its volume's data"
    // batch mode: a few summary lines, not the engine's per-layer chatter
    assert !log.contains("Pushing [") && !log.contains("Downloading [")
    assert lib.projectContainers("io.dockerbox.it:share-registry").isEmpty()
    // in a terminal (util-linux script makes one; CI unset): one line per layer, redrawn in place
    lib.removeRepositories("localhost:38950/it-share/base")
    def mvn = new File(System.getProperty("maven.home"), "bin/mvn").path
    def command = "env -u CI " + mvn + " -nsu -Daether.enhancedLocalRepository.trackingFilename=none -Dmaven.repo.local=" +
            localRepositoryPath + " io.dockerbox:dockerbox-maven-plugin:" + pluginVersion + ":pull -Ddockerbox.box=localhost:38950/it-share/base"
    def process = new ProcessBuilder("script", "-qec", command, "/dev/null").directory(basedir).redirectErrorStream(true).start()
    def screen = process.inputStream.text.replace("\r", "")
    new File(basedir, "terminal.log").text = screen
    assert process.waitFor() == 0 : screen
    assert screen =~ /\u001b\[2K  [0-9a-f]{12}: (Pull complete|Already exists)\n/
    assert screen.contains("localhost:38950/it-share/base:latest: pulled version 1")
} finally {
    lib.removeProjectContainers("io.dockerbox.it:share-registry")
    lib.removeRepositories(*repos)
    ["bash", new File(itLib).parentFile.path + "/registry.sh", "stop", "/tmp/dockerbox-it-registry-plain"].execute().waitFor()
}
return true
