package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** Labels and CMD of a commit as Podman takes them: Dockerfile instructions in the query. */
class CommitCallTest {

    @Test
    void labelsAndCmdBecomeOneChangeEach() throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("dockerbox.kind", "commit");
        labels.put("dockerbox.run", "");
        labels.put("dockerbox.message", "say \"hi\" \\ to $HOME\nand more");
        List<String> changes = CommitCall.changes(labels, List.of("sh", "-c", "echo \"a b\"\nexec httpd"));
        assertEquals(List.of(
                "LABEL dockerbox.kind=\"commit\"",
                "LABEL dockerbox.run=\"\"",
                // Podman strips the outer quotes only and splits at line breaks.
                "LABEL dockerbox.message=\"say \"hi\" \\ to $HOME and more\"",
                "CMD [\"sh\",\"-c\",\"echo \\\"a b\\\"\\nexec httpd\"]"), changes);
    }

    @Test
    void noCmdWhenTheImageHasNone() throws IOException {
        assertEquals(List.of("LABEL a=\"1\""), CommitCall.changes(Map.of("a", "1"), null));
    }

    @Test
    void onPodmanCommitsWithAnEmptyBodyAndTheChangesInTheQuery() throws Exception {
        List<String> lines = commit(true);
        assertEquals("POST /commit?container=box-1&pause=1&comment=with row 1&changes=LABEL dockerbox.kind=\"commit\"&changes=CMD [\"httpd\"]",
                lines.get(lines.size() - 1));
        assertEquals("{}", engine.requests.get(engine.requests.size() - 1).body());
    }

    @Test
    void onDockerCommitsWithLabelsAndTheImagesCmdInTheBody() throws Exception {
        List<String> lines = commit(false);
        // Which engine it is, the answers so far told: no ping.
        assertEquals(List.of("GET /containers/box-1/json", "GET /images/sha256:run/json",
                "POST /commit?container=box-1&pause=1&comment=with row 1"), lines);
        assertEquals("{\"Labels\":{\"dockerbox.kind\":\"commit\"},\"Cmd\":[\"httpd\"]}", engine.requests.get(2).body());
    }

    @Test
    void aContainerThatIsGoneIsNamed() throws Exception {
        engine = new FakeEngineSocket(dir.resolve("e.sock"), r -> FakeEngineSocket.answer(404, "{\"message\":\"No such container: gone\"}"));
        EngineException e = assertThrows(EngineException.class, () -> calls().commit("gone", Map.of(), ""));
        assertEquals("cannot commit container gone: no such container (the container, or the image it was made from, no longer exists)",
                e.getMessage());
    }

    @TempDir
    Path dir;
    private FakeEngineSocket engine;

    @AfterEach
    void close() throws IOException {
        if (engine != null) {
            engine.close();
        }
    }

    private CommitCall calls() throws EngineException {
        EngineHttp http = engine.http();
        return new CommitCall(http, new ContainerCalls(http));
    }

    private List<String> commit(boolean podman) throws Exception {
        // Podman marks every answer with a Libpod-Api-Version header; Docker does not.
        String header = podman ? "Libpod-Api-Version: 4.3.1\r\n" : "Api-Version: 1.41\r\n";
        engine = new FakeEngineSocket(dir.resolve("e.sock"), r -> {
            String status = "201 Created";
            String body = "{\"Id\":\"sha256:new\"}";
            if (r.line().startsWith("GET /containers/")) {
                status = "200 OK";
                body = "{\"Id\":\"box-1\",\"Image\":\"sha256:run\",\"Config\":{\"Image\":\"a:1\"}}";
            } else if (r.line().startsWith("GET /images/")) {
                status = "200 OK";
                body = "{\"Id\":\"sha256:run\",\"Config\":{\"Cmd\":[\"httpd\"]}}";
            }
            return ("HTTP/1.0 " + status + "\r\n" + header + "Content-Type: application/json\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
        });
        assertEquals("sha256:new", calls().commit("box-1", Map.of("dockerbox.kind", "commit"), "with row 1"));
        return engine.requests.stream().map(r -> URLDecoder.decode(r.line(), StandardCharsets.UTF_8)).toList();
    }
}
