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
class BuildCallTest {
    @TempDir
    Path dir;
    private FakeEngineSocket engine;
    private final List<String> output = new ArrayList<>();

    private BuildCall serve(Function<FakeEngineSocket.Request, byte[]> answers) throws Exception {
        engine = new FakeEngineSocket(dir.resolve("engine.sock"), answers);
        EngineHttp http = engine.http();
        return new BuildCall(http, new ImageCalls(http));
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
    void streamsTheContextAndTheOutputTaggedByTheEngineWithTheIdFromAux() throws Exception {
        BuildCall build = serve(r -> FakeEngineSocket.chunked(200, true, "{\"stream\":\"Step 1/2 : FROM x\\n\"}\r\n",
                "{\"stream\":\" ---> abc\\nStep 2/2 : RUN make\\n\"}{\"stream\":\"made\"}",
                "{\"stream\":\"\\n\"}\n{\"aux\":{\"ID\":\"sha256:img\"}}"));
        assertEquals("sha256:img", build.build(request(), output::add));
        assertEquals(List.of("Step 1/2 : FROM x", " ---> abc", "Step 2/2 : RUN make", "made"), output);
        List<String> lines = engine.requests.stream().map(r -> URLDecoder.decode(r.line(), StandardCharsets.UTF_8)).toList();
        assertEquals(List.of("POST /build?dockerfile=.dockerbox.Dockerfile&rm=1&forcerm=1&t=acme/site:3&t=acme/site:latest"
                + "&buildargs={\"A\":\"1 2\"}"), lines);
        assertEquals(200_000, engine.requests.get(0).body().length());
    }

    @Test
    void anEngineThatSendsNoIdIsAskedForTheFirstTag() throws Exception {
        BuildCall build = serve(r -> r.line().startsWith("POST /build")
                ? FakeEngineSocket.chunked(200, true, "{\"stream\":\"Successfully built 0123\\n\"}")
                : FakeEngineSocket.answer(200, "{\"Id\":\"sha256:img\",\"RepoTags\":[\"acme/site:3\"]}"));
        assertEquals("sha256:img", build.build(request(), output::add));
        assertEquals("GET /images/acme/site:3/json", engine.requests.get(1).line());
    }

    @Test
    void aFailedStepIsReportedWithItsLinesAndNothingIsTagged() throws Exception {
        BuildCall build = serve(r -> FakeEngineSocket.chunked(200, true, "{\"stream\":\"Step 2/3 : RUN make\\n\"}",
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
        BuildCall build = serve(r -> FakeEngineSocket.chunked(200, false, "{\"stream\":\"Step 3/5 : RUN sleep 60\\n\"}"));
        EngineException e = assertThrows(EngineException.class, () -> build.build(request(), output::add));
        assertTrue(e.getMessage().startsWith("lost the connection to the engine at unix://" + engine.path()
                + " during the build, at Step 3/5 : RUN sleep 60 ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("did the engine stop or restart? Nothing was tagged, so latest is as it was;"
                + " build again once the engine answers."), e.getMessage());
        assertFalse(e instanceof BuildFailedException);
    }

    @Test
    void aRefusedBuildSaysWhatTheEngineSaid() throws Exception {
        BuildCall build = serve(r -> FakeEngineSocket.answer(500, "{\"message\":\"Cannot locate specified Dockerfile: x\"}"));
        EngineException e = assertThrows(EngineException.class, () -> build.build(request(), output::add));
        assertEquals("engine at unix://" + engine.path() + " failed to build: Status 500: Cannot locate specified Dockerfile: x", e.getMessage());
    }

    @Test
    void aContextThatCannotBeReadEndsTheBuild() throws Exception {
        BuildCall build = serve(r -> FakeEngineSocket.chunked(200, true, "{\"stream\":\"never\\n\"}"));
        BuildRequest unreadable = new BuildRequest(out -> {
            throw new java.io.IOException("/p/site/www/x: Permission denied");
        }, "Dockerfile", Map.of(), List.of("a:1"));
        EngineException e = assertThrows(EngineException.class, () -> build.build(unreadable, output::add));
        assertEquals("could not send the build context: /p/site/www/x: Permission denied", e.getMessage());
    }
}
