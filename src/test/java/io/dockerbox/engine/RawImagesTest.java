package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawImagesTest {
    @TempDir
    Path dir;
    private FakeEngineSocket engine;

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    @Test
    void listsExactlyTheRepositoryInItsOwnSpelling() throws Exception {
        engine = new FakeEngineSocket(dir.resolve("e.sock"), r -> FakeEngineSocket.answer(200, "["
                + "{\"Id\":\"sha256:a\",\"RepoTags\":[\"localhost/acme/site:2\",\"localhost/acme/site:latest\"],\"Labels\":{\"dockerbox.version\":\"2\"},\"Size\":10,\"Created\":1700000000},"
                + "{\"Id\":\"sha256:b\",\"RepoTags\":[\"acme/site-dev:1\"],\"Labels\":null,\"Size\":5,\"Created\":1},"
                + "{\"Id\":\"sha256:c\",\"RepoTags\":null}]"));
        RawImages images = new RawImages(new RawHttp(engine.path()));
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
        RawImages images = new RawImages(new RawHttp(engine.path()));
        images.remove("gone:1", false, "remove image gone:1");
        EngineException e = assertThrows(EngineException.class, () -> images.remove("a:1", false, "remove image a:1"));
        assertEquals("engine at unix://" + engine.path() + " failed to remove image a:1: Status 409: conflict: unable to remove repository"
                + " reference \"a:1\" (must force)", e.getMessage());
        e = assertThrows(EngineException.class, () -> images.tag("sha256:0123456789abcdef", "acme/site", "3"));
        assertEquals("engine at unix://" + engine.path() + " failed to tag 0123456789ab as acme/site:3: Status 409: conflict: unable to remove"
                + " repository reference \"a:1\" (must force)", e.getMessage());
    }
}
