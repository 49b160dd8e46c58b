package io.dockerbox.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.config.ConfigValidator;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.PullPolicy;
import io.dockerbox.config.RawBox;
import io.dockerbox.engine.InMemoryEngine;
import io.dockerbox.log.RecordingOutput;
import io.dockerbox.render.TemplateRenderer;
import io.dockerbox.share.Credentials;
import io.dockerbox.share.ShareService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parents that come from their registry: the team's "provision rarely, share often". */
class SharedChainBuildTest {
    private static final String BASE = "localhost:5000/acme/base";
    private static final String DEV = "localhost:5000/acme/dev";
    private static final String SITE = "localhost:5000/acme/site";

    @TempDir
    Path basedir;

    private final InMemoryEngine engine = new InMemoryEngine();
    private final RecordingOutput out = new RecordingOutput();
    private final List<String> log = out.lines();

    @BeforeEach
    void project() throws Exception {
        write("base/Dockerfile.ftl", "FROM ${from}\nRUN echo base\n");
        write("dev/Dockerfile.ftl", "FROM ${from}\nRUN echo dev\n");
        write("site/Dockerfile.ftl", "FROM ${from}\nRUN echo site\n");
        engine.addImage("debian:bookworm", Map.of());
    }

    private void write(String path, String text) throws Exception {
        Path file = basedir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private DockerboxConfig config(boolean baseHasDirectory) throws Exception {
        ProjectInfo project = new ProjectInfo("g", "site", "1", basedir, basedir.resolve("target"), Map.of());
        RawBox base = baseHasDirectory
                ? new RawBox(BASE, "debian:bookworm", Path.of("base"), null, Map.of())
                : new RawBox(BASE, null, null, null, null);
        return ConfigValidator.validate(Map.of(), List.of(base,
                new RawBox(DEV, BASE, Path.of("dev"), null, Map.of()),
                new RawBox(SITE, DEV, Path.of("site"), null, Map.of())), project, null, null);
    }

    private List<BoxResult> build(boolean baseHasDirectory, PullPolicy policy) throws Exception {
        var credentials = new Credentials(Credentials.ServerLookup.of(List.of()), basedir.resolve("no-docker-config"));
        ShareService share = new ShareService(engine, credentials, out, null);
        return new BuildService(engine, new TemplateRenderer(), out, policy, share).build(config(baseHasDirectory));
    }

    private void pushChain() throws Exception {
        var credentials = new Credentials(Credentials.ServerLookup.of(List.of()), basedir.resolve("no-docker-config"));
        ShareService share = new ShareService(engine, credentials, out, null);
        for (String box : List.of(BASE, DEV, SITE)) {
            share.push(box, null);
        }
    }

    private static String outcomes(List<BoxResult> results) {
        return results.stream().map(r -> r.box() + "=" + r.outcome() + "@" + r.version()).collect(Collectors.joining(" "));
    }

    @Test
    void aNewMachinePullsTheParentsAndBuildsOnlyTheProjectBox() throws Exception {
        build(true, PullPolicy.MISSING);
        String devId = engine.inspectImage(DEV + ":latest").orElseThrow().id();
        pushChain();
        assertTrue(engine.pushes().containsAll(List.of(BASE + ":1", BASE + ":latest", SITE + ":1", SITE + ":latest")), engine.pushes().toString());
        engine.clearLocal("debian:bookworm");
        int buildsBefore = engine.builds().size();
        engine.pulls().clear();

        List<BoxResult> results = build(true, PullPolicy.MISSING);

        assertEquals(BASE + "=pulled@1 " + DEV + "=pulled@1 " + SITE + "=built@1", outcomes(results));
        assertEquals(buildsBefore + 1, engine.builds().size(), "only the project box is built");
        assertEquals(devId, engine.inspectImage(DEV + ":1").orElseThrow().id(), "the pulled latest also gets its number tag");
        assertEquals(List.of(BASE + ":latest", DEV + ":latest"), engine.pulls(), "the project box itself is never pulled");
    }

    @Test
    void presentParentsAreNotPulledUnlessAlways() throws Exception {
        build(true, PullPolicy.MISSING);
        pushChain();
        engine.pulls().clear();
        build(true, PullPolicy.MISSING);
        assertTrue(engine.pulls().isEmpty(), engine.pulls().toString());
        build(true, PullPolicy.ALWAYS);
        assertEquals(List.of(BASE + ":latest", "debian:bookworm", DEV + ":latest"), engine.pulls(),
                "always: the chain's parents and the image outside it");
    }

    @Test
    void aParentNotPushedYetIsBuiltFromItsDirectory() throws Exception {
        engine.failPulls();
        List<BoxResult> results = build(true, PullPolicy.MISSING);
        assertEquals(BASE + "=built@1 " + DEV + "=built@1 " + SITE + "=built@1", outcomes(results));
        assertTrue(log.contains(BASE + ": not in its registry yet; building it from " + basedir.resolve("base")), log.toString());
    }

    @Test
    void aPullOnlyBoxIsPulledOrUsedAsItIs() throws Exception {
        build(true, PullPolicy.MISSING);
        pushChain();
        engine.clearLocal("debian:bookworm");
        List<BoxResult> pulled = build(false, PullPolicy.MISSING);
        assertEquals(BASE + "=pulled@1 " + DEV + "=pulled@1 " + SITE + "=built@1", outcomes(pulled));
        List<BoxResult> present = build(false, PullPolicy.MISSING);
        assertEquals(BASE + "=present@1 " + DEV + "=up to date@1 " + SITE + "=up to date@1", outcomes(present));
    }

    @Test
    void aPullOnlyBoxThatCannotBePulledSaysSo() throws Exception {
        engine.failPulls();
        BoxException e = assertThrows(BoxException.class, () -> build(false, PullPolicy.MISSING));
        assertTrue(e.getMessage().contains("pull of " + BASE + ":latest from localhost:5000 failed: manifest unknown"), e.getMessage());
        assertTrue(e.getMessage().contains("has no <directory>, so it cannot be built here, only pulled"), e.getMessage());
        BoxException never = assertThrows(BoxException.class, () -> build(false, PullPolicy.NEVER));
        assertTrue(never.getMessage().contains("-Ddockerbox.pull=never (or Maven offline), so it is not pulled"), never.getMessage());
    }
}
