def lib = new GroovyShell().parse(new File(itLib))
def runs = lib.invocations(lib.buildLog(basedir))
try {
    // 1: the builder each box needed, and why; BuildKit's progress as the CLI's plain progress
    assert runs[0] =~ /it-bk\/base: building version 1 on dockerbox\/busybox:1 \(no latest image yet\) with the classic builder \(the engine's default builder\)/ : runs[0]
    assert runs[0] =~ /it-bk\/app: building version 1 on it-bk\/base:1 \(no latest image yet\) with BuildKit \(the Dockerfile uses RUN --mount\)/ : runs[0]
    assert runs[0] =~ /(?m)^\[INFO\]   \| #\d+ \[(stage-0 )?3\/4\] RUN --mount=type=cache,target=\/cache n=/ : runs[0]
    def first = (runs[0] =~ /#\d+ cache count (\d+) \(round 1\)/)
    assert first.find() : runs[0]
    int count1 = first.group(1) as int
    assert runs[0] =~ /(?m)^\[INFO\]   \| #\d+ DONE \d+\.\ds$/ : runs[0]
    // what BuildKit reports of a step's parts: the context's transfer through the session, the export
    assert runs[0] =~ /(?m)^\[INFO\]   \| #\d+ transferring context: \d+(\.\d\d[kMG])?B( \d+\.\ds)? done$/ : runs[0]
    assert runs[0] =~ /(?m)^\[INFO\]   \| #\d+ naming to docker.io\/it-bk\/app:latest done$/ : runs[0]
    assert runs[0] =~ /it-bk\/app: built version 1 \([0-9a-f]{12}\), tagged it-bk\/app:1 and it-bk\/app:latest/
    // the same contract as the classic builder: labels, the pinned parent, latest
    assert lib.label("it-bk/app:1", "dockerbox.version") == "1"
    assert lib.label("it-bk/app:1", "dockerbox.parent") == "it-bk/base:1"
    assert lib.label("it-bk/app:1", "dockerbox.kind") == "build"
    assert lib.dockerOk("run", "--rm", "it-bk/app:1", "cat", "/count") == "${count1}"
    // no file of dockerbox's own in the image, under BuildKit either
    assert lib.docker("run", "--rm", "it-bk/app:1", "ls", "/.dockerbox.Dockerfile").code != 0
    // 2: nothing changed: nothing built
    assert runs[1].contains("it-bk/app: up to date, version 1") : runs[1]
    assert !runs[1].contains("building version") : runs[1]
    // 3: rebuilt with BuildKit; the cache mount kept the first build's count
    assert runs[2] =~ /it-bk\/app: building version 2 on it-bk\/base:1 \(inputs changed since version 1\) with BuildKit/ : runs[2]
    assert runs[2].contains("cache count ${count1 + 1} (round 2)") : "the cache mount's content survived the rebuild: ${runs[2]}"
    assert lib.dockerOk("run", "--rm", "it-bk/app:2", "cat", "/count") == "${count1 + 1}"
    // 4: a failing step under BuildKit names the box, the step and its last lines; nothing tagged
    assert runs[3] =~ /it-bk\/app: building version 3 on it-bk\/base:1 \(inputs changed since version 2\) with BuildKit \(-Ddockerbox.builder=buildkit\)/
    // BuildKit names a step with its build args filled in
    assert runs[3] =~ /it-bk\/app: the build failed at \[(stage-0 )?4\/4\] RUN if \[ -n "yes" \]; then echo "before-fail"; exit 3; fi: executor failed running/ : runs[3]
    assert runs[3].contains("Last lines of its output:\n[ERROR]   | before-fail") || runs[3] =~ /Last lines of its output:\s*\n.*\| before-fail/ : runs[3]
    assert !lib.imageExists("it-bk/app:3")
    assert lib.imageId("it-bk/app:latest") == lib.imageId("it-bk/app:2")
    // 5: a secret mount needs the docker CLI's secrets service: refused before the engine is sent the build
    assert runs[4].contains("it-bk/secret: the Dockerfile uses RUN --mount=type=secret, which needs what the docker CLI serves through its"
            + " session with the engine, and dockerbox's session serves the build's files only; pass the value as a <buildArgs> entry or a template setting instead") : runs[4]
    assert !(runs[4] =~ /(?m)^\[INFO\]   \| #\d+ /) : "no build was sent: ${runs[4]}"
    assert !lib.imageExists("it-bk/secret:1")
    // 6, 7: the independent stages ran side by side under BuildKit (their times overlap), one after the
    // other under the classic builder. Each stage wrote when it started and ended into the image.
    def times = { String image, String stage ->
        lib.dockerOk("run", "--rm", image, "cat", "/${stage}.start", "/${stage}.end").readLines()*.trim()*.toBigDecimal()
    }
    def (l6, r6) = [times("it-bk/stages:1", "left"), times("it-bk/stages:1", "right")]
    assert l6[0] < r6[1] && r6[0] < l6[1] : "BuildKit ran the stages side by side: left ${l6}, right ${r6}"
    def (l7, r7) = [times("it-bk/stages:2", "left"), times("it-bk/stages:2", "right")]
    assert l7[1] <= r7[0] || r7[1] <= l7[0] : "the classic builder ran them one after the other: left ${l7}, right ${r7}"
    // The outside stage image went to the engine pinned: to a tag of the build's own under BuildKit (it
    // cannot take an image id), removed after the build; to the image id under the classic builder.
    def toolId = lib.dockerOk("image", "inspect", "-f", "{{.Id}}", "it-bk/tool:1")
    assert runs[5] =~ /(?m)^\[INFO\]   \| #\d+ \[right 1\/3\] FROM docker.io\/library\/dockerbox-pin:${toolId.substring(7, 19)}-[0-9a-f]{8}/ : runs[5]
    assert runs[6] =~ /(?m)^\[INFO\]   \| Step 5\/\d+ : FROM ${toolId} AS right/ : runs[6]
    assert lib.dockerOk("images", "-q", "dockerbox-pin") == "" : "the build's own tags are gone"
    // 8, 9: a chain built with BuildKit: each box on its parent's exact version, labels and versions as
    // under the classic builder, then a no-op
    assert runs[7] =~ /it-bk\/k1: building version 1 on dockerbox\/busybox:1 \(no latest image yet\) with BuildKit \(-Ddockerbox.builder=buildkit\)/ : runs[7]
    assert runs[7] =~ /it-bk\/k2: building version 1 on it-bk\/k1:1 \(no latest image yet\) with BuildKit \(-Ddockerbox.builder=buildkit\)/ : runs[7]
    assert runs[7] =~ /(?m)^\[INFO\]   \| #\d+ \[1\/2\] FROM docker.io\/it-bk\/k1:1$/ : runs[7]
    assert lib.label("it-bk/k2:1", "dockerbox.parent") == "it-bk/k1:1"
    assert lib.label("it-bk/k2:1", "dockerbox.version") == "1"
    assert lib.imageId("it-bk/k2:latest") == lib.imageId("it-bk/k2:1")
    assert lib.dockerOk("run", "--rm", "it-bk/k2:1", "cat", "/k2.txt") == "first of the chain\nsecond of the chain"
    assert runs[8].contains("it-bk/k1: up to date, version 1") && runs[8].contains("it-bk/k2: up to date, version 1") : runs[8]
    assert !runs[8].contains("building version") : runs[8]
    def took = { String run -> (run =~ /it-bk\/stages: built version \d \([0-9a-f]{12}\), tagged .* \[([0-9.]+) s\]/)[0][1] }
    println "build-buildkit: three stages, two independent (3 s each): BuildKit ${took(runs[5])} s, classic ${took(runs[6])} s"
} finally {
    lib.removeRepositories("it-bk/base", "it-bk/app", "it-bk/secret", "it-bk/stages", "it-bk/tool", "it-bk/k1", "it-bk/k2")
}
return true
