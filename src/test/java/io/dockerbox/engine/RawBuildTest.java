package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw build against a socket that answers as the engine does: chunked both ways. */
class RawBuildTest {
    @TempDir
    Path dir;
    private FakeEngineSocket engine;
    private final List<String> output = new ArrayList<>();

    private RawBuild serve(Function<FakeEngineSocket.Request, byte[]> answers) throws Exception {
        engine = new FakeEngineSocket(dir.resolve("engine.sock"), answers);
        RawHttp http = new RawHttp(engine.path());
        return new RawBuild(http, new RawImages(http), new RawImageInspector(http));
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    private static BuildRequest request() {
        // 200 000 bytes: more than one chunk of the client's buffer.
        return new BuildRequest(out -> out.write("x".repeat(200_000).getBytes(StandardCharsets.US_ASCII)), ".dockerbox.Dockerfile",
                Map.of("A", "1 2"), List.of("acme/site:3", "acme/site:latest"));
    }

    @Test
    void streamsTheContextAndTheOutputThenTagsAndDropsTheBuildTag() throws Exception {
        RawBuild build = serve(r -> {
            if (r.line().startsWith("POST /build")) {
                return FakeEngineSocket.chunked(200, true, "{\"stream\":\"Step 1/2 : FROM x\\n\"}\r\n",
                        "{\"stream\":\" ---> abc\\nStep 2/2 : RUN make\\n\"}{\"stream\":\"made\"}", "{\"stream\":\"\\n\"}\n{\"aux\":{\"ID\":\"sha256:img\"}}");
            }
            if (r.line().startsWith("GET /images/dockerbox-build:")) {
                return FakeEngineSocket.answer(200, "{\"Id\":\"sha256:img\",\"RepoTags\":[]}");
            }
            return FakeEngineSocket.answer(r.line().startsWith("POST") ? 201 : 200, "[]");
        });
        assertEquals("sha256:img", build.build(request(), output::add));
        assertEquals(List.of("Step 1/2 : FROM x", " ---> abc", "Step 2/2 : RUN make", "made"), output);
        List<String> lines = engine.requests.stream().map(r -> URLDecoder.decode(r.line(), StandardCharsets.UTF_8)).toList();
        String buildTag = lines.get(0).replaceAll(".*[?]t=([^&]+)&.*", "$1");
        assertTrue(buildTag.startsWith("dockerbox-build:"), lines.get(0));
        assertEquals("POST /build?t=" + buildTag + "&dockerfile=.dockerbox.Dockerfile&rm=1&forcerm=1&buildargs={\"A\":\"1 2\"}", lines.get(0));
        assertEquals(200_000, engine.requests.get(0).body().length());
        assertEquals(List.of("GET /images/" + buildTag + "/json", "POST /images/sha256:img/tag?repo=acme/site&tag=3",
                "POST /images/sha256:img/tag?repo=acme/site&tag=latest", "DELETE /images/" + buildTag + "?noprune=1"), lines.subList(1, lines.size()));
    }

    @Test
    void aFailedStepIsReportedWithItsLinesAndNothingIsTagged() throws Exception {
        RawBuild build = serve(r -> FakeEngineSocket.chunked(200, true, "{\"stream\":\"Step 2/3 : RUN make\\n\"}",
                "{\"stream\":\"cc: error\\n\"}", "{\"errorDetail\":{\"code\":2,\"message\":\"The command '/bin/sh -c make' returned a non-zero code: 2\"},"
                        + "\"error\":\"The command '/bin/sh -c make' returned a non-zero code: 2\"}"));
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build.build(request(), output::add));
        assertEquals("The command '/bin/sh -c make' returned a non-zero code: 2", e.getMessage());
        assertEquals("Step 2/3 : RUN make", e.step());
        assertEquals(List.of("cc: error"), e.lastLines());
        assertEquals(1, engine.requests.size());
    }

    @Test
    void anAnswerThatBreaksOffIsALostEngineNamedWithTheStep() throws Exception {
        RawBuild build = serve(r -> FakeEngineSocket.chunked(200, false, "{\"stream\":\"Step 3/5 : RUN sleep 60\\n\"}"));
        EngineException e = assertThrows(EngineException.class, () -> build.build(request(), output::add));
        assertTrue(e.getMessage().startsWith("lost the connection to the engine at unix://" + engine.path()
                + " during the build, at Step 3/5 : RUN sleep 60 ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("did the engine stop or restart? Nothing was tagged, so latest is as it was;"
                + " build again once the engine answers."), e.getMessage());
        assertFalse(e instanceof BuildFailedException);
    }

    @Test
    void aRefusedBuildSaysWhatTheEngineSaid() throws Exception {
        RawBuild build = serve(r -> FakeEngineSocket.answer(500, "{\"message\":\"Cannot locate specified Dockerfile: x\"}"));
        EngineException e = assertThrows(EngineException.class, () -> build.build(request(), output::add));
        assertEquals("engine at unix://" + engine.path() + " failed to build: Status 500: Cannot locate specified Dockerfile: x", e.getMessage());
    }

    @Test
    void aContextThatCannotBeReadEndsTheBuild() throws Exception {
        RawBuild build = serve(r -> FakeEngineSocket.chunked(200, true, "{\"stream\":\"never\\n\"}"));
        BuildRequest unreadable = new BuildRequest(out -> {
            throw new java.io.IOException("/p/site/www/x: Permission denied");
        }, "Dockerfile", Map.of(), List.of("a:1"));
        EngineException e = assertThrows(EngineException.class, () -> build.build(unreadable, output::add));
        assertEquals("could not send the build context: /p/site/www/x: Permission denied", e.getMessage());
    }
}
