package io.dockerbox.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.dockerbox.config.ConfigValidator;
import io.dockerbox.config.PullPolicy;
import io.dockerbox.share.Credentials;
import io.dockerbox.share.ShareService;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RawBox;
import io.dockerbox.engine.BuildFailedException;
import io.dockerbox.engine.BuilderSupport;
import io.dockerbox.engine.InMemoryEngine;
import io.dockerbox.log.Output;
import io.dockerbox.render.RenderException;
import io.dockerbox.render.TemplateRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainBuildTest {
    @TempDir
    Path basedir;

    private final InMemoryEngine engine = new InMemoryEngine();
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void project() throws Exception {
        write("boxes/base/Dockerfile.ftl", "FROM ${from}\nRUN echo base\n");
        write("boxes/dev/Dockerfile", "FROM acme/base\nCOPY motd /etc/motd\n");
        write("boxes/dev/motd", "hello\n");
        write("site/Dockerfile.ftl", "FROM ${from}\nLABEL v=${box.version}\nENV DB=${settings.dbName}\nCOPY www /www\n");
        write("site/www/index.php", "<?php\n");
        write("site/www/secret.key", "s3cret\n");
        write("site/.dockerignore", "*.key\nwww/*.key\n");
        engine.addImage("debian:bookworm", Map.of());
    }

    private void write(String path, String text) throws Exception {
        Path file = basedir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        // Settled times, so the hash cache may vouch for unchanged files.
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    private DockerboxConfig config(String from) throws Exception {
        ProjectInfo project = new ProjectInfo("g", "site", "1", basedir, basedir.resolve("target"), Map.of());
        return ConfigValidator.validate(Map.of("dbName", "project"), List.of(
                new RawBox("acme/base", "debian:bookworm", Path.of("boxes/base"), null, Map.of()),
                new RawBox("acme/dev", "acme/base", Path.of("boxes/dev"), null, Map.of()),
                new RawBox("acme/site", "acme/dev", Path.of("site"), null, Map.of("A", "1"))), project, null, from);
    }

    private List<BoxResult> build(String from, boolean offline) throws Exception {
        Output out = new Output() {
            public void info(String m) { log.add(m); }
            public void warn(String m) { log.add("WARN " + m); }
            public void debug(String m) {}
            public boolean isDebugEnabled() { return false; }
        };
        return service(out, offline ? PullPolicy.NEVER : PullPolicy.MISSING).build(config(from));
    }

    private BuildService service(Output out, PullPolicy policy) {
        var credentials = new Credentials(Credentials.ServerLookup.of(List.of()), basedir.resolve("no-docker-config"));
        return new BuildService(engine, new TemplateRenderer(), out, policy, new ShareService(engine, credentials, out, null));
    }

    private static String outcomes(List<BoxResult> results) {
        return results.stream().map(r -> r.box() + "=" + r.outcome() + "@" + r.version()).collect(Collectors.joining(" "));
    }

    @Test
    void firstBuildBuildsTheChainParentsFirstAsVersionOne() throws Exception {
        assertEquals("acme/base=built@1 acme/dev=built@1 acme/site=built@1", outcomes(build(null, false)));
        var site = engine.inspectImage("acme/site:latest").orElseThrow();
        assertEquals("acme/site", site.label("dockerbox.box"));
        assertEquals("1", site.label("dockerbox.version"));
        assertEquals("acme/dev:1", site.label("dockerbox.parent"));
        assertEquals("build", site.label("dockerbox.kind"));
        assertEquals("g:site", site.label("dockerbox.project"));
        assertTrue(site.label("dockerbox.inputs").startsWith("sha256:"));
        assertEquals(site.id(), engine.inspectImage("acme/site:1").orElseThrow().id());
    }

    @Test
    void theImageOfAnotherBuildStageIsAnInputAndIsPulledByDockerboxWhenMissing() throws Exception {
        write("site/Dockerfile.ftl", "FROM maven:3.9 AS build\nRUN mvn package\nFROM ${from}\nCOPY --from=build /app.jar /app.jar\n");
        assertEquals("maven:3.9=pulled@0 acme/base=built@1 acme/dev=built@1 acme/site=built@1", outcomes(build(null, false)));
        assertEquals(List.of("maven:3.9"), engine.pulls());
        assertEquals("acme/base=up to date@1 acme/dev=up to date@1 acme/site=up to date@1", outcomes(build(null, false)));

        engine.addImage("maven:3.9", Map.of("new", "release"));

        assertEquals("acme/base=up to date@1 acme/dev=up to date@1 acme/site=built@2", outcomes(build(null, false)),
                "a new image behind the stage's tag changes the box's inputs");
    }

    @Test
    void theClassicBuilderGetsTheOtherStagesPinnedToTheirImageIds() throws Exception {
        write("site/Dockerfile.ftl", "FROM tools:1 AS tools\nRUN make\nFROM ${from}\nCOPY --from=tools /t /t\n");
        String tools = engine.addImage("tools:1", Map.of());
        build(null, false);
        assertTrue(sentDockerfile("acme/site:1").startsWith("FROM " + tools + " AS tools\n"), sentDockerfile("acme/site:1"));
    }

    @Test
    void buildKitGetsAPulledStageImageByItsRepositoryDigest() throws Exception {
        engine.builderSupport(new BuilderSupport("1.43", true));
        write("site/Dockerfile.ftl", "FROM maven:3.9 AS build\nRUN mvn package\nFROM ${from}\nCOPY --from=build /app.jar /app.jar\n");
        build(null, false);
        String digest = engine.inspectImage("maven:3.9").orElseThrow().repoDigests().get(0);
        assertTrue(sentDockerfile("acme/site:1").startsWith("FROM " + digest + " AS build\n"), sentDockerfile("acme/site:1"));
        assertTrue(engine.tags().stream().noneMatch(t -> t.startsWith("dockerbox-pin:")), engine.tags().toString());
    }

    @Test
    void buildKitGetsALocalStageImageByATagOfItsOwnThatIsGoneAfterTheBuildEvenAFailedOne() throws Exception {
        engine.builderSupport(new BuilderSupport("1.43", true));
        write("site/Dockerfile.ftl", "FROM tools:1 AS tools\nRUN make\nFROM ${from}\nCOPY --from=tools /t /t\n");
        String tools = engine.addImage("tools:1", Map.of());
        build(null, false);
        String sent = sentDockerfile("acme/site:1");
        String pin = sent.substring("FROM ".length(), sent.indexOf(" AS tools"));
        assertTrue(pin.matches("dockerbox-pin:" + tools.substring(7, 19) + "-[0-9a-f]{8}"), sent);
        assertTrue(engine.tags().stream().noneMatch(t -> t.startsWith("dockerbox-pin:")), engine.tags().toString());

        write("site/www/index.php", "<?php // 2\n");
        engine.failNextBuild(new BuildFailedException("exit 2", "[2/3] RUN make", List.of()));
        assertThrows(BoxException.class, () -> build(null, false));
        assertTrue(engine.tags().stream().noneMatch(t -> t.startsWith("dockerbox-pin:")), engine.tags().toString());
    }

    @Test
    void underBuildKitEachBoxsSessionOpensWhileItsVersionIsWorkedOutAndItsBuildTakesIt() throws Exception {
        engine.builderSupport(new BuilderSupport("1.43", true));
        build(null, false);
        assertEquals(List.of("taken", "taken", "taken"), engine.sessionsAhead());
        assertTrue(engine.builds().stream().allMatch(b -> b.request().buildKit() && b.request().session() != null));
    }

    @Test
    void theClassicBuilderOpensNoSession() throws Exception {
        build(null, false);
        assertEquals(List.of(), engine.sessionsAhead());
    }

    @Test
    void aSessionOpenedAheadForADockerfileThatEndsUpClassicIsClosedUnused() throws Exception {
        // The builder is decided again on the Dockerfile of the version built; here only the digest's needs BuildKit.
        write("site/Dockerfile.ftl", "FROM ${from}\n<#if box.version == \"0\">RUN --mount=type=cache,target=/c true\n</#if>COPY www /www\n");
        build(null, false);
        assertEquals(List.of("closed"), engine.sessionsAhead());
        assertFalse(engine.builds().stream().anyMatch(b -> b.request().buildKit()));
    }

    @Test
    void aDigestDockerfileThatTheEngineCouldNotBuildFailsNothingWhenTheVersionedOneIsPlain() throws Exception {
        // Only the digest's Dockerfile needs BuildKit, which this engine (API 1.38) does not have: the
        // session is not opened, and the versioned Dockerfile builds with the classic builder.
        engine.builderSupport(new BuilderSupport("1.38", false));
        write("site/Dockerfile.ftl", "FROM ${from}\n<#if box.version == \"0\">RUN --mount=type=cache,target=/c true\n</#if>COPY www /www\n");
        build(null, false);
        assertEquals(List.of(), engine.sessionsAhead());
        assertFalse(engine.builds().isEmpty());
        assertFalse(engine.builds().stream().anyMatch(b -> b.request().buildKit()));
    }

    private String sentDockerfile(String tag) {
        var build = engine.builds().stream().filter(b -> b.request().tags().contains(tag)).findFirst().orElseThrow();
        return InMemoryEngine.dockerfile(build.tar(), build.request().dockerfilePath());
    }

    @Test
    void aMissingStageImageOfflineIsNamedBeforeTheBuild() throws Exception {
        write("site/Dockerfile.ftl", "FROM maven:3.9 AS build\nFROM ${from}\n");
        BoxException e = assertThrows(BoxException.class, () -> build(null, true));
        assertTrue(e.getMessage().startsWith("acme/site: the image of one of its build stages, 'maven:3.9' is not a box of <boxes> and"
                + " not present in the engine at "), e.getMessage());
        assertFalse(engine.builds().stream().anyMatch(b -> b.request().tags().contains("acme/site:1")));
    }

    @Test
    void anUnchangedProjectBuildsNothingEvenWhenTheTemplatePrintsItsVersion() throws Exception {
        build(null, false);
        assertEquals("acme/base=up to date@1 acme/dev=up to date@1 acme/site=up to date@1", outcomes(build(null, false)));
        assertEquals(3, engine.builds().size());
    }

    @Test
    void aChangeInTheMiddleRebuildsThatBoxAndItsChildOnly() throws Exception {
        build(null, false);
        write("boxes/dev/motd", "changed\n");
        assertEquals("acme/base=up to date@1 acme/dev=built@2 acme/site=built@2", outcomes(build(null, false)));
        assertTrue(engine.inspectImage("acme/dev:1").isPresent(), "older versions are kept");
        assertEquals("acme/dev:2", engine.inspectImage("acme/site:latest").orElseThrow().label("dockerbox.parent"));
    }

    @Test
    void theRenderedDockerfileIsPinnedWrittenAndSentWithTheContextButNotIgnoredFiles() throws Exception {
        build(null, false);
        String written = Files.readString(basedir.resolve("target/dockerbox/acme_dev/Dockerfile"));
        assertTrue(written.startsWith("FROM acme/base:1\n"), written);
        InMemoryEngine.Build site = engine.builds().get(2);
        String sent = InMemoryEngine.dockerfile(site.tar(), site.request().dockerfilePath());
        assertTrue(sent.contains("LABEL v=1"), sent);
        assertTrue(sent.contains("ENV DB=project"), sent);
        assertEquals("<?php\n", InMemoryEngine.dockerfile(site.tar(), "www/index.php"));
        assertEquals("", InMemoryEngine.dockerfile(site.tar(), "www/secret.key"));
        assertEquals(Map.of("A", "1"), site.request().buildArgs());
        assertEquals(List.of("acme/site:1", "acme/site:latest"), site.request().tags());
    }

    @Test
    void fromOverrideBuildsTheBoxOnAnotherParent() throws Exception {
        build(null, false);
        assertEquals("acme/base=up to date@1 acme/site=built@2", outcomes(build("acme/base", false)));
        assertEquals("acme/base:1", engine.inspectImage("acme/site:latest").orElseThrow().label("dockerbox.parent"));
    }

    @Test
    void aMissingOutsideParentIsPulledOrRefusedOffline() throws Exception {
        write("boxes/base/Dockerfile.ftl", "FROM ${from}\n");
        ProjectInfo project = new ProjectInfo("g", "site", "1", basedir, basedir.resolve("target"), Map.of());
        DockerboxConfig config = ConfigValidator.validate(Map.of(), List.of(
                new RawBox("acme/base", "alpine:3", Path.of("boxes/base"), null, Map.of())), project, null, null);
        BoxException offline = assertThrows(BoxException.class,
                () -> service(Output.silent(), PullPolicy.NEVER).build(config));
        assertTrue(offline.getMessage().contains("pulling is off (Maven offline, or -Ddockerbox.pull=never)"), offline.getMessage());
        assertTrue(engine.pulls().isEmpty());
        List<BoxResult> results = service(Output.silent(), PullPolicy.MISSING).build(config);
        assertEquals("alpine:3=pulled@0 acme/base=built@1", outcomes(results));
    }

    @Test
    void aFailedPullNamesTheParent() throws Exception {
        engine.failPulls();
        ProjectInfo project = new ProjectInfo("g", "site", "1", basedir, basedir.resolve("target"), Map.of());
        DockerboxConfig config = ConfigValidator.validate(Map.of(), List.of(
                new RawBox("acme/base", "nowhere/image:1", Path.of("boxes/base"), null, Map.of())), project, null, null);
        BoxException e = assertThrows(BoxException.class,
                () -> service(Output.silent(), PullPolicy.MISSING).build(config));
        assertTrue(e.getMessage().contains("its parent image 'nowhere/image:1' is not a box of <boxes>"), e.getMessage());
        assertTrue(e.getMessage().contains("manifest unknown"), e.getMessage());
    }

    @Test
    void aFailedStepTagsNothingAndShowsTheStepAndItsLastLines() throws Exception {
        engine.failNextBuild(new BuildFailedException("The command '/bin/sh -c false' returned a non-zero code: 1",
                "Step 2/3 : RUN false", List.of("about to fail")));
        BoxException e = assertThrows(BoxException.class, () -> build(null, false));
        assertTrue(e.getMessage().contains("acme/base: the build failed at Step 2/3 : RUN false"), e.getMessage());
        assertTrue(e.getMessage().contains("  | about to fail"), e.getMessage());
        assertFalse(engine.inspectImage("acme/base:latest").isPresent());
    }

    @Test
    void aCommitStaysLatestWhileTheDefinitionIsUnchangedAndIsNamedWhenARebuildReplacesIt() throws Exception {
        build(null, false);
        var built = engine.inspectImage("acme/site:latest").orElseThrow();
        Map<String, String> commitLabels = new java.util.HashMap<>(built.labels());
        commitLabels.put("dockerbox.kind", "commit");
        commitLabels.put("dockerbox.version", "2");
        commitLabels.put("dockerbox.message", "with data");
        String commit = engine.addImage("acme/site:2", commitLabels);
        engine.tag(commit, "acme/site", "latest");
        assertEquals("acme/base=up to date@1 acme/dev=up to date@1 acme/site=up to date@2", outcomes(build(null, false)));
        write("site/www/index.php", "<?php // changed\n");
        assertEquals("acme/base=up to date@1 acme/dev=up to date@1 acme/site=built@3", outcomes(build(null, false)));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN acme/site: latest is version 2, a commit (with data)")
                && l.contains("mvn dockerbox:revert -Ddockerbox.version=2 brings it back")), log.toString());
        assertTrue(engine.inspectImage("acme/site:2").isPresent(), "the commit is kept");
    }

    @Test
    void aPlainDockerfileNamingAnotherImageIsWarnedAboutAndBuiltOnTheFrom() throws Exception {
        write("boxes/dev/Dockerfile", "FROM something/else:7\n");
        build(null, false);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN acme/dev: boxes/dev/Dockerfile says FROM something/else:7 but <from> is acme/base")), log.toString());
        assertTrue(Files.readString(basedir.resolve("target/dockerbox/acme_dev/Dockerfile")).startsWith("FROM acme/base:1\n"));
    }

    // The next three: the mistake is in the last box, yet nothing of the chain is built or pulled first.

    @Test
    void anInvalidDockerignorePatternFailsBeforeTheEngineBuildsAnything() throws Exception {
        write("site/.dockerignore", "*.key\n[a-\n");
        BoxException e = assertThrows(BoxException.class, () -> build(null, false));
        assertEquals("acme/site: " + basedir.resolve("site/.dockerignore") + ": invalid .dockerignore pattern \"[a-\" on line 2:"
                + " unclosed character class, missing ']'", e.getMessage());
        assertNothingBuilt();
    }

    @Test
    void anUndefinedSettingFailsBeforeTheEngineBuildsAnything() throws Exception {
        write("site/Dockerfile.ftl", "FROM ${from}\nENV ROOT=${settings.wwwRoot}\n");
        RenderException e = assertThrows(RenderException.class, () -> build(null, false));
        assertTrue(e.getMessage().startsWith(basedir.resolve("site/Dockerfile.ftl") + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("the setting 'wwwRoot' is not defined in <settings>"), e.getMessage());
        assertNothingBuilt();
    }

    @Test
    void anUnreadableContextFileFailsBeforeTheEngineBuildsAnything() throws Exception {
        Path file = basedir.resolve("site/www/index.php");
        Files.setPosixFilePermissions(file, java.util.Set.of());
        assumeFalse(Files.isReadable(file), "running as root, which reads a file whatever its mode: nothing to refuse");
        BoxException e = assertThrows(BoxException.class, () -> build(null, false));
        assertEquals("acme/site: cannot read " + file + " in the build context (permission denied); make it readable"
                + " (chmod a+r, a+rx for a folder) or exclude it in .dockerignore", e.getMessage());
        assertNothingBuilt();
    }

    private void assertNothingBuilt() {
        assertTrue(engine.builds().isEmpty(), "built " + engine.builds().size());
        assertTrue(engine.pulls().isEmpty(), "pulled " + engine.pulls());
    }
}
