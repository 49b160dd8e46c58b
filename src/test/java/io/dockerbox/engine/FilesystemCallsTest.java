package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calls a commit and diff make of a container's files, against a socket that answers as the engine does. */
class FilesystemCallsTest {
    @TempDir
    Path dir;
    private FakeEngineSocket engine;

    private FilesystemCalls serve(Function<FakeEngineSocket.Request, byte[]> answers) throws Exception {
        engine = new FakeEngineSocket(dir.resolve("engine.sock"), answers);
        return new FilesystemCalls(engine.http());
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void pauseAndUnpauseAreTwoPosts() throws Exception {
        FilesystemCalls files = serve(r -> FakeEngineSocket.answer(204, ""));
        files.pause("c1");
        files.unpause("c1");
        assertEquals(List.of("POST /containers/c1/pause", "POST /containers/c1/unpause"), engine.requests.stream().map(FakeEngineSocket.Request::line).toList());
    }

    @Test
    void aContainerThatIsNotRunningCannotBePausedAndTheEngineSaysWhy() throws Exception {
        FilesystemCalls files = serve(r -> FakeEngineSocket.answer(409, "{\"message\":\"Container c1 is not running\"}"));
        EngineException e = assertThrows(EngineException.class, () -> files.pause("c1"));
        assertEquals(true, e.getMessage().contains("Container c1 is not running"), e.getMessage());
    }

    @Test
    void theArchiveIsHandedOverAsItStreams() throws Exception {
        FilesystemCalls files = serve(r -> ("HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nContent-Length: 5\r\n\r\ntar!!")
                .getBytes(StandardCharsets.UTF_8));
        String[] read = new String[1];
        files.readArchive("c1", "/var/lib/my sql", tar -> read[0] = new String(tar.readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("tar!!", read[0]);
        assertEquals("GET /containers/c1/archive?path=%2Fvar%2Flib%2Fmy%20sql", engine.requests.get(0).line());
    }

    @Test
    void aTarIsPutIntoTheContainerInChunksAsItIsWritten() throws Exception {
        FilesystemCalls files = serve(r -> FakeEngineSocket.answer(200, ""));
        files.writeArchive("c1", "/", tar -> {
            tar.write("first".getBytes(StandardCharsets.UTF_8));
            tar.write("second".getBytes(StandardCharsets.UTF_8));
        });
        FakeEngineSocket.Request put = engine.requests.get(0);
        assertEquals("PUT /containers/c1/archive?path=%2F", put.line());
        assertEquals("chunked", put.headers().get("transfer-encoding"));
        assertEquals("application/x-tar", put.headers().get("content-type"));
        assertEquals("firstsecond", put.body());
    }

    @Test
    void aFileThatCannotBeReadForTheTarIsNamedWithWhatTheRequestWasFor() throws Exception {
        FilesystemCalls files = serve(r -> FakeEngineSocket.answer(200, ""));
        EngineException e = assertThrows(EngineException.class, () -> files.writeArchive("c1", "/www", tar -> {
            throw new java.io.IOException("/p/site/www/x: Permission denied");
        }));
        assertEquals("could not write into /www of container c1: /p/site/www/x: Permission denied", e.getMessage());
    }

    @Test
    void aPathThatIsNotAFolderOfTheContainerIsRefusedWithTheEnginesWords() throws Exception {
        FilesystemCalls files = serve(r -> FakeEngineSocket.answer(404, "{\"message\":\"Could not find the file /nope in container c1\"}"));
        EngineException e = assertThrows(EngineException.class, () -> files.writeArchive("c1", "/nope", tar -> tar.write(1)));
        assertEquals("engine at " + engine.address + " failed to write into /nope of container c1: Status 404: Could not find the file"
                + " /nope in container c1", e.getMessage());
    }

    @Test
    void aFilesSizeComesFromTheStatHeaderOfAHeadRequestAndAFolderCountsNothing() throws Exception {
        String file = Base64.getEncoder().encodeToString("{\"name\":\"x\",\"size\":1234,\"mode\":420}".getBytes(StandardCharsets.UTF_8));
        String folder = Base64.getEncoder().encodeToString("{\"name\":\"d\",\"size\":4096,\"mode\":2147484141}".getBytes(StandardCharsets.UTF_8));
        FilesystemCalls files = serve(r -> ("HTTP/1.1 " + (r.line().contains("missing") ? "404 X\r\n" : "200 OK\r\nX-Docker-Container-Path-Stat: "
                + (r.line().contains("%2Fd") ? folder : file) + "\r\n") + "Content-Length: 40\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(1234L), files.pathSize("c1", "/x"));
        assertEquals(Optional.of(0L), files.pathSize("c1", "/d"));
        assertEquals(Optional.empty(), files.pathSize("c1", "/missing"));
        assertEquals("HEAD /containers/c1/archive?path=%2Fx", engine.requests.get(0).line());
    }

    @Test
    void changesAreReadWithTheirKind() throws Exception {
        FilesystemCalls files = serve(r -> FakeEngineSocket.answer(200,
                "[{\"Path\":\"/etc\",\"Kind\":0},{\"Path\":\"/root-x\",\"Kind\":1},{\"Path\":\"/old\",\"Kind\":2}]"));
        assertEquals(List.of(new FileChange("/etc", FileChange.Kind.CHANGED), new FileChange("/root-x", FileChange.Kind.ADDED),
                new FileChange("/old", FileChange.Kind.DELETED)), files.changes("c1"));
        assertEquals("GET /containers/c1/changes", engine.requests.get(0).line());
    }

    @Test
    void theContainersOfAVolumeAreFoundByTheVolumeFilter() throws Exception {
        FilesystemCalls files = serve(r -> FakeEngineSocket.answer(200, "[{\"Id\":\"c1\",\"Names\":[\"/site\"]},{\"Id\":\"c2\",\"Names\":[\"/other\"]}]"));
        assertEquals(List.of("site", "other"), files.containersUsingVolume("site-db"));
        assertEquals("GET /containers/json?all=1&filters=%7B%22volume%22%3A%5B%22site-db%22%5D%7D", engine.requests.get(0).line());
    }

    @Test
    void mountsAreReadFromTheInspectAnswer() throws Exception {
        engine = new FakeEngineSocket(dir.resolve("engine.sock"), r -> FakeEngineSocket.answer(200, "{\"Id\":\"c1\",\"Name\":\"/site\","
                + "\"State\":{\"Status\":\"paused\"},\"Mounts\":[{\"Type\":\"volume\",\"Name\":\"" + "a".repeat(64)
                + "\",\"Source\":\"/v\",\"Destination\":\"/data\",\"RW\":true},{\"Type\":\"bind\",\"Source\":\"/home/me\","
                + "\"Destination\":\"/src\",\"RW\":false}]}"));
        ContainerInfo info = new ContainerCalls(engine.http()).inspect("site").orElseThrow();
        assertEquals(List.of(new Mount("volume", "a".repeat(64), "/v", "/data", true), new Mount("bind", null, "/home/me", "/src", false)),
                info.mounts());
        assertEquals(true, info.paused());
        assertEquals(true, info.mounts().get(0).anonymous());
    }
}
