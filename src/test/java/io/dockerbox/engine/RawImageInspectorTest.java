package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw inspect against a unix socket that answers as the engine does. */
class RawImageInspectorTest {
    @TempDir
    Path dir;

    private String serveOnce(String answer, StringBuilder request) throws Exception {
        Path socket = dir.resolve("engine.sock");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread serving = new Thread(() -> {
            try (server; SocketChannel client = server.accept()) {
                ByteBuffer buffer = ByteBuffer.allocate(4096);
                client.read(buffer);
                request.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
                client.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception ignored) {
                // the test fails on its own assertions
            }
        });
        serving.setDaemon(true);
        serving.start();
        return socket.toString();
    }

    @Test
    void readsIdTagsSizeAndLabelsAndSkipsTheRest() throws Exception {
        String body = "{\"Id\":\"sha256:abc\",\"RepoTags\":[\"acme/site:3\",\"acme/site:latest\"],\"Size\":2048,"
                + "\"Created\":\"2026-11-28T18:00:00.123Z\",\"ContainerConfig\":{\"Labels\":{\"no\":\"t this\"}},"
                + "\"Config\":{\"Env\":[\"A=1\"],\"Cmd\":null,\"Labels\":{\"dockerbox.inputs\":\"sha256:x\",\"dockerbox.version\":\"3\"}}}";
        StringBuilder request = new StringBuilder();
        String socket = serveOnce("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + body, request);
        ImageInfo image = new RawImageInspector(new RawHttp(socket)).inspect("acme/site:latest").orElseThrow();
        assertTrue(request.toString().startsWith("GET /images/acme/site:latest/json HTTP/1.0\r\n"), request.toString());
        assertEquals("sha256:abc", image.id());
        assertEquals(List.of("acme/site:3", "acme/site:latest"), image.repoTags());
        assertEquals(2048, image.size());
        assertEquals("sha256:x", image.label("dockerbox.inputs"));
        assertEquals("3", image.label("dockerbox.version"));
        assertNull(image.label("no"));
    }

    @Test
    void aMissingImageIsEmpty() throws Exception {
        String socket = serveOnce("HTTP/1.0 404 Not Found\r\n\r\n{\"message\":\"No such image: x:latest\"}", new StringBuilder());
        assertTrue(new RawImageInspector(new RawHttp(socket)).inspect("x:latest").isEmpty());
    }

    @Test
    void anotherStatusIsAnEngineFailure() throws Exception {
        String socket = serveOnce("HTTP/1.0 500 Internal Server Error\r\n\r\n{\"message\":\"boom\"}", new StringBuilder());
        EngineException e = assertThrows(EngineException.class, () -> new RawImageInspector(new RawHttp(socket)).inspect("x"));
        assertTrue(e.getMessage().contains("engine answered 500 to inspect image x"), e.getMessage());
    }

    @Test
    void noEngineGivesTheUsualMessage() {
        LazyEngine engine = new LazyEngine("unix://" + dir.resolve("none.sock"), dir.resolve("none.sock").toString(), () -> {
            throw new AssertionError("docker-java is not needed for an inspect");
        });
        EngineException e = assertThrows(EngineException.class, () -> engine.inspectImage("x"));
        assertTrue(e.getMessage().startsWith("no Docker engine answered at unix://" + dir.resolve("none.sock")), e.getMessage());
    }

    @Test
    void onlyAPlainLocalSocketTakesTheFastPath() {
        assertEquals("/tmp/d.sock", EngineConnection.localSocket("unix:///tmp/d.sock", null));
        assertNull(EngineConnection.localSocket("tcp://127.0.0.1:2376", null));
        assertNull(EngineConnection.localSocket("unix:///tmp/d.sock", "/certs"));
    }
}
