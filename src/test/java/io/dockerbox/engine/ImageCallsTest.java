package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCallsTest {
    @TempDir
    Path dir;
    private FakeEngineSocket engine;

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void listsExactlyTheRepositoryInItsOwnSpelling() throws Exception {
        engine = new FakeEngineSocket(dir.resolve("e.sock"), r -> FakeEngineSocket.answer(200, "["
                + "{\"Id\":\"sha256:a\",\"RepoTags\":[\"localhost/acme/site:2\",\"localhost/acme/site:latest\"],\"Labels\":{\"dockerbox.version\":\"2\"},\"Size\":10,\"Created\":1700000000},"
                + "{\"Id\":\"sha256:b\",\"RepoTags\":[\"acme/site-dev:1\"],\"Labels\":null,\"Size\":5,\"Created\":1},"
                + "{\"Id\":\"sha256:c\",\"RepoTags\":null}]"));
        ImageCalls images = new ImageCalls(engine.http());
        List<ImageInfo> found = images.list("acme/site");
        assertEquals(1, found.size());
        assertEquals(List.of("acme/site:2", "acme/site:latest"), found.get(0).repoTags());
        assertEquals("2", found.get(0).label("dockerbox.version"));
        assertEquals(10, found.get(0).size());
        assertEquals("GET /images/json?filters={\"reference\":[\"acme/site\"]}",
                URLDecoder.decode(engine.requests.get(0).line(), StandardCharsets.UTF_8));
    }

    @Test
    void tagAndRemoveSayWhatFailed() throws Exception {
        engine = new FakeEngineSocket(dir.resolve("e.sock"), r -> r.line().startsWith("DELETE /images/gone")
                ? FakeEngineSocket.answer(404, "{\"message\":\"No such image: gone:1\"}")
                : FakeEngineSocket.answer(409, "{\"message\":\"conflict: unable to remove repository reference \\\"a:1\\\" (must force)\"}"));
        ImageCalls images = new ImageCalls(engine.http());
        images.remove("gone:1");
        EngineException e = assertThrows(EngineException.class, () -> images.remove("a:1"));
        assertEquals("engine at unix://" + engine.path() + " failed to remove image a:1: Status 409: conflict: unable to remove repository"
                + " reference \"a:1\" (must force)", e.getMessage());
        e = assertThrows(EngineException.class, () -> images.tag("sha256:0123456789abcdef", "acme/site", "3"));
        assertEquals("engine at unix://" + engine.path() + " failed to tag 0123456789ab as acme/site:3: Status 409: conflict: unable to remove"
                + " repository reference \"a:1\" (must force)", e.getMessage());
    }

    @Test
    void inspectReadsIdTagsSizeAndLabelsAndSkipsTheRest() throws Exception {
        String body = "{\"Id\":\"sha256:abc\",\"RepoTags\":[\"acme/site:3\",\"acme/site:latest\"],\"Size\":2048,"
                + "\"RepoDigests\":[\"localhost:5000/acme/site@sha256:d1\"],"
                + "\"Created\":\"2026-11-28T18:00:00.123Z\",\"ContainerConfig\":{\"Labels\":{\"no\":\"t this\"}},"
                + "\"Config\":{\"Env\":[\"A=1\"],\"Cmd\":null,\"Labels\":{\"dockerbox.inputs\":\"sha256:x\",\"dockerbox.version\":\"3\"}}}";
        engine = new FakeEngineSocket(dir.resolve("e.sock"), r -> FakeEngineSocket.answer(200, body));
        ImageInfo image = new ImageCalls(engine.http()).inspect("acme/site:latest").orElseThrow();
        assertEquals("GET /images/acme/site:latest/json", engine.requests.get(0).line());
        assertEquals("sha256:abc", image.id());
        assertEquals(List.of("acme/site:3", "acme/site:latest"), image.repoTags());
        assertEquals(2048, image.size());
        assertEquals(List.of("localhost:5000/acme/site@sha256:d1"), image.repoDigests());
        assertEquals("sha256:x", image.label("dockerbox.inputs"));
        assertEquals("3", image.label("dockerbox.version"));
        assertEquals(null, image.label("no"));
    }

    @Test
    void inspectOfAMissingImageIsEmptyAndAnotherStatusAFailure() throws Exception {
        engine = new FakeEngineSocket(dir.resolve("e.sock"), r -> r.line().contains("/x:latest/")
                ? FakeEngineSocket.answer(404, "{\"message\":\"No such image: x:latest\"}")
                : FakeEngineSocket.answer(500, "{\"message\":\"boom\"}"));
        ImageCalls images = new ImageCalls(engine.http());
        assertTrue(images.inspect("x:latest").isEmpty());
        EngineException e = assertThrows(EngineException.class, () -> images.inspect("y"));
        assertEquals("engine at unix://" + engine.path() + " failed to inspect image y: Status 500: boom", e.getMessage());
    }

    @Test
    void noEngineGivesTheUsualMessage() throws Exception {
        String none = "unix://" + dir.resolve("none.sock");
        ImageCalls images = new ImageCalls(new EngineHttp(Transport.of(none, null), none, null));
        EngineException e = assertThrows(EngineException.class, () -> images.inspect("x"));
        assertTrue(e.getMessage().startsWith("no Docker engine answered at " + none), e.getMessage());
    }
}
