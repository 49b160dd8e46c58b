def lib = new GroovyShell().parse(new File(itLib))
try {
    def log = lib.buildLog(basedir)
    assert log =~ /it-ctxcli\/box: built version 1/
    // The docker CLI with a Dockerfile from outside the context, as dockerbox sends its rendered one.
    def cli = new ProcessBuilder("docker", "build", "-q", "-f", "cli/Dockerfile", "-t", "it-ctxcli/cli:1", "ctx")
            .directory(basedir).redirectErrorStream(true)
    cli.environment().put("DOCKER_BUILDKIT", "0")
    def p = cli.start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "docker build: $out"
    def copied = { String image -> lib.dockerOk("run", "--rm", image, "cat", "/copied.list").readLines() }
    def byCli = copied("it-ctxcli/cli:1")
    def byDockerbox = copied("it-ctxcli/box:1")
    // The CLI appends a random name to the .dockerignore it sends, dockerbox its Dockerfile's: the rest is equal.
    assert byDockerbox == byCli : "dockerbox: $byDockerbox\nCLI: $byCli"
    assert !byDockerbox.any { it.contains("dockerbox") || it.contains(".dockerfile.") } : "a Dockerfile in the image: $byDockerbox"
    // The patterns did something: an exception under an excluded folder, and an excluded file, both as the CLI.
    assert byDockerbox.contains("./secret/keep.txt") && !byDockerbox.contains("./secret/key.pem")
    assert byDockerbox.contains("./.dockerignore")
} finally {
    lib.removeRepositories("it-ctxcli/box", "it-ctxcli/cli")
}
return true
