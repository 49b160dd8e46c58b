package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with BuildKit ({@code version=2}), answered with messages captured from Docker 20.10's
 * engine (src/test/resources/buildkit): its progress decoded from BuildKit's protobuf trace and told
 * as the CLI's plain progress does, the image id from {@code moby.image.id}, a failing step named.
 */
class BuildKitBuildTest {
    @TempDir
    Path dir;
    private FakeEngineSocket engine;
    private final List<String> output = new ArrayList<>();

    private String build(String capture) throws Exception {
        return build(new String(captured(capture), StandardCharsets.UTF_8), true);
    }

    private String build(String answer, boolean end) throws Exception {
        engine = new FakeEngineSocket(dir.resolve("engine.sock"), r -> FakeEngineSocket.chunked(200, end, answer));
        EngineHttp http = engine.http();
        return new BuildCall(http, new ImageCalls(http)).build(new BuildRequest(out -> out.write(new byte[] {1}), "Dockerfile",
                Map.of(), List.of("bktest:1"), true, null), output::add);
    }

    private static byte[] captured(String name) throws IOException {
        try (InputStream in = BuildKitBuildTest.class.getResourceAsStream("/buildkit/" + name + ".jsonl")) {
            return in.readAllBytes();
        }
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aBuildKitBuildAsksForVersion2AndTellsEachStepAsTheCliDoes() throws Exception {
        assertEquals("sha256:253a04dd3698657ff2c46c2ddc631fb40d8f573954a3645dcb2281f8e8fd9979", build("cache-mount"));
        assertEquals("POST /build?version=2&dockerfile=Dockerfile&rm=1&forcerm=1&t=bktest:1",
                URLDecoder.decode(engine.requests.get(0).line(), StandardCharsets.UTF_8));
        String text = String.join("\n", output);
        assertTrue(text.contains("#1 [internal] load remote build context\n#1 DONE "), text);
        assertTrue(output.stream().anyMatch(l -> l.matches("#\\d \\[stage-0 2/2\\] RUN --mount=type=cache,target=/cache echo hello; ls /cache;"
                + " date > /cache/x")), text);
        assertTrue(output.stream().anyMatch(l -> l.matches("#\\d hello")), "the step's own output, as it comes: " + text);
        assertTrue(output.stream().anyMatch(l -> l.matches("#\\d DONE \\d+\\.\\ds")), text);
        assertTrue(output.stream().anyMatch(l -> l.matches("#\\d exporting to image")), text);
    }

    @Test
    void aBuildThroughASessionTellsTheTransferAndTheStepsBuildKitStartsTwiceDoneOnce() throws Exception {
        // A 200 MB context through the session: BuildKit reports "load build context" done at once (its
        // cache key) and started again in its next message, then 2.9 s of transfer.
        assertEquals("sha256:728c4079c014a4a3197f02a8a0453ee326c339ee19c3894861d0d91b152942c9", build("session-large-context"));
        List<String> steps = output.stream().filter(l -> l.startsWith("#")).toList();
        int loaded = steps.indexOf("#5 [internal] load build context");
        assertTrue(loaded >= 0, steps::toString);
        assertEquals(List.of("#5 transferring context: 200.29MB 2.8s done", "#5 DONE 2.9s", "#6 [2/2] COPY data /data"),
                steps.subList(steps.indexOf("#4 DONE 0.0s") + 1, steps.indexOf("#4 DONE 0.0s") + 4), steps::toString);
        assertEquals(1, steps.stream().filter(l -> l.startsWith("#5 DONE")).count(), steps::toString);
        assertEquals(List.of("#1 DONE 0.1s"), steps.stream().filter(l -> l.startsWith("#1 DONE")).toList(), "no DONE 0.0s of the first round");
        assertEquals(List.of("#7 exporting layers 0.9s done",
                "#7 writing image sha256:728c4079c014a4a3197f02a8a0453ee326c339ee19c3894861d0d91b152942c9 done",
                "#7 naming to docker.io/bench/dbxbk-large:1 done", "#7 naming to docker.io/bench/dbxbk-large:latest done", "#7 DONE 0.9s"),
                steps.subList(steps.indexOf("#7 exporting to image") + 1, steps.size()), steps::toString);
    }

    @Test
    void aRebuildSaysCachedForWhatItDidNotRunAgain() throws Exception {
        build("cache-mount-again");
        String text = String.join("\n", output);
        assertTrue(text.matches("(?s).*#(\\d) \\[stage-0 2/2\\] RUN --mount=type=cache[^\\n]*\\n#\\1 CACHED.*"), text);
        assertTrue(output.stream().noneMatch(l -> l.matches("#\\d hello")), text);
    }

    @Test
    void aFailingStepIsNamedWithItsLastLines() throws Exception {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build("failing-run"));
        assertEquals("executor failed running [/bin/sh -c echo before-fail; exit 3]: exit code: 3", e.getMessage());
        assertEquals("[2/2] RUN echo before-fail; exit 3", e.step());
        assertEquals(List.of("before-fail"), e.lastLines());
        assertTrue(output.stream().anyMatch(l -> l.matches("#\\d ERROR: executor failed running .*exit code: 3")), output::toString);
    }

    @Test
    void anEngineThatGoesAwayMidBuildIsNamedWithTheStepItWasIn() throws Exception {
        String all = new String(captured("cache-mount"), StandardCharsets.UTF_8);
        // the messages up to the RUN step's first output line, then the stream breaks off
        String cut = all.lines().takeWhile(l -> !l.contains("moby.image.id")).limit(12).reduce("", (a, l) -> a + l + "\n");
        EngineException e = assertThrows(EngineException.class, () -> build(cut, false));
        assertTrue(e.getMessage().startsWith("lost the connection to the engine at "), e.getMessage());
        assertTrue(e.getMessage().contains(" during the build, at "), e.getMessage());
        assertTrue(e.getMessage().endsWith("did the engine stop or restart? Nothing was tagged, so latest is as it was; build again once"
                + " the engine answers."), e.getMessage());
    }
}
