package io.dockerbox.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.chain.Chain;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.ConfigValidator;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.PullPolicy;
import io.dockerbox.config.RawBox;
import io.dockerbox.engine.InMemoryEngine;
import io.dockerbox.log.RecordingOutput;
import io.dockerbox.render.RenderException;
import io.dockerbox.render.TemplateRenderer;
import io.dockerbox.share.Credentials;
import io.dockerbox.share.ShareService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two run boxes on one base: the base once, then both boxes side by side. */
class ParallelBuildTest {
    @TempDir
    Path basedir;

    private final InMemoryEngine engine = new InMemoryEngine();
    private final RecordingOutput out = new RecordingOutput();

    @BeforeEach
    void project() throws Exception {
        write("base/Dockerfile", "FROM debian:bookworm\n");
        write("web/Dockerfile", "FROM acme/base\nRUN echo web\n");
        write("db/Dockerfile", "FROM acme/base\nRUN echo db\n");
        engine.addImage("debian:bookworm", Map.of());
    }

    private void write(String path, String text) throws Exception {
        Path file = basedir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private DockerboxConfig config() throws Exception {
        ProjectInfo project = new ProjectInfo("g", "site", "1", basedir, basedir.resolve("target"), Map.of());
        return ConfigValidator.validate(Map.of(), List.of(
                new RawBox("acme/base", "debian:bookworm", Path.of("base"), null, Map.of()),
                new RawBox("acme/web", "acme/base", Path.of("web"), null, Map.of()),
                new RawBox("acme/db", "acme/base", Path.of("db"), null, Map.of())), project, null, null);
    }

    private BuildService service() {
        var credentials = new Credentials(Credentials.ServerLookup.of(List.of()), basedir.resolve("no-docker-config"));
        return new BuildService(engine, new TemplateRenderer(), out, PullPolicy.MISSING, new ShareService(engine, credentials, out, null));
    }

    @Test
    void theChainsOfSeveralBoxesShareTheirParentsOnce() throws Exception {
        DockerboxConfig config = config();
        List<BoxConfig> order = Chain.of(config, List.of(config.box("acme/db").orElseThrow(), config.box("acme/web").orElseThrow()));
        assertEquals(List.of("acme/base", "acme/db", "acme/web"), order.stream().map(BoxConfig::name).toList());
        assertFalse(BuildSchedule.linear(config, order));
        assertTrue(BuildSchedule.linear(config, Chain.of(config)));
    }

    @Test
    void independentBoxesBuildOnTheSameParentVersion() throws Exception {
        DockerboxConfig config = config();
        List<BoxResult> results = service().build(config, List.of(config.box("acme/db").orElseThrow(), config.box("acme/web").orElseThrow()));
        assertEquals("acme/base=built@1 acme/db=built@1 acme/web=built@1",
                results.stream().map(r -> r.box() + "=" + r.outcome() + "@" + r.version()).collect(Collectors.joining(" ")));
        assertEquals("acme/base:1", engine.inspectImage("acme/web:1").orElseThrow().label("dockerbox.parent"));
        assertEquals("acme/base:1", engine.inspectImage("acme/db:1").orElseThrow().label("dockerbox.parent"));
        assertEquals(3, engine.builds().size());
    }

    @Test
    void independentStepsRunAtTheSameTime() throws Exception {
        DockerboxConfig config = config();
        List<BoxConfig> order = Chain.of(config, List.of(config.box("acme/db").orElseThrow(), config.box("acme/web").orElseThrow()));
        // Each leaf waits until the other has started: only a parallel schedule gets past this.
        CountDownLatch bothStarted = new CountDownLatch(2);
        Map<String, String> threads = new ConcurrentHashMap<>();
        List<BoxResult> results = BuildSchedule.run(config, order, 2, (box, parent) -> {
            if (!box.name().equals("acme/base")) {
                bothStarted.countDown();
                assertTrue(bothStarted.await(10, TimeUnit.SECONDS), "the other branch never started");
                assertEquals("acme/base", parent.box());
            }
            threads.put(box.name(), Thread.currentThread().getName());
            return new BoxResult(box.name(), BoxResult.Outcome.BUILT, 1, "sha256:" + box.name(), 0, 0);
        });
        assertEquals(List.of("acme/base", "acme/db", "acme/web"), results.stream().map(BoxResult::box).toList());
        assertTrue(threads.get("acme/web").startsWith("dockerbox-build-"), threads.toString());
    }

    @Test
    void aFailedBranchFailsTheBuildAfterTheOtherEnded() throws Exception {
        write("web/Dockerfile", "RUN echo no from line\n");
        DockerboxConfig config = config();
        RenderException e = assertThrows(RenderException.class,
                () -> service().build(config, List.of(config.box("acme/web").orElseThrow(), config.box("acme/db").orElseThrow())));
        assertTrue(e.getMessage().contains("has no FROM line"), e.getMessage());
        assertTrue(engine.inspectImage("acme/db:1").isPresent(), "the independent branch was built");
    }
}
