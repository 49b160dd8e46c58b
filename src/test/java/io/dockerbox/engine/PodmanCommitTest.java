package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Labels and CMD of a commit as Podman takes them: Dockerfile instructions in the query. */
class PodmanCommitTest {

    @Test
    void labelsAndCmdBecomeOneChangeEach() throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("dockerbox.kind", "commit");
        labels.put("dockerbox.run", "");
        labels.put("dockerbox.message", "say \"hi\" \\ to $HOME\nand more");
        List<String> changes = PodmanCommit.changes(labels, List.of("sh", "-c", "echo \"a b\"\nexec httpd"));
        assertEquals(List.of(
                "LABEL dockerbox.kind=\"commit\"",
                "LABEL dockerbox.run=\"\"",
                // Podman strips the outer quotes only and splits at line breaks.
                "LABEL dockerbox.message=\"say \"hi\" \\ to $HOME and more\"",
                "CMD [\"sh\",\"-c\",\"echo \\\"a b\\\"\\nexec httpd\"]"), changes);
    }

    @Test
    void noCmdWhenTheImageHasNone() throws IOException {
        assertEquals(List.of("LABEL a=\"1\""), PodmanCommit.changes(Map.of("a", "1"), null));
    }

    @Test
    void commitsWithABodyAndTheChangesInTheQuery() throws IOException {
        List<DockerHttpClient.Request> sent = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        DockerHttpClient http = engine(request -> {
            sent.add(request);
            try {
                bodies.add(new String(request.body().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return answer(201, Map.of(), "{\"Id\":\"sha256:abc\"}");
        });
        String id = PodmanCommit.commit(http, "box-1", Map.of("dockerbox.kind", "commit"), List.of("httpd"), "with row 1");
        assertEquals("sha256:abc", id);
        assertEquals("{}", bodies.get(0));
        String path = URLDecoder.decode(sent.get(0).path(), StandardCharsets.UTF_8);
        assertEquals("/commit?container=box-1&pause=true&comment=with row 1&changes=LABEL dockerbox.kind=\"commit\"&changes=CMD [\"httpd\"]", path);
    }

    @Test
    void aRefusalCarriesTheEnginesWords() {
        DockerHttpClient http = engine(request -> answer(500, Map.of(), "{\"message\":\"CommitFailure: no such container\"}\n"));
        IOException e = assertThrows(IOException.class, () -> PodmanCommit.commit(http, "gone", Map.of(), null, ""));
        assertEquals("status 500: {\"message\":\"CommitFailure: no such container\"}", e.getMessage());
    }

    @Test
    void podmanIsKnownByItsPingHeader() {
        assertTrue(PodmanCommit.isPodman(engine(request -> answer(200, Map.of("libpod-api-version", List.of("4.3.1")), "OK"))));
        assertFalse(PodmanCommit.isPodman(engine(request -> answer(200, Map.of("Api-Version", List.of("1.41")), "OK"))));
    }

    private static DockerHttpClient engine(Function<DockerHttpClient.Request, DockerHttpClient.Response> answers) {
        return new DockerHttpClient() {
            @Override
            public Response execute(Request request) {
                return answers.apply(request);
            }

            @Override
            public void close() {}
        };
    }

    private static DockerHttpClient.Response answer(int status, Map<String, List<String>> headers, String body) {
        return new DockerHttpClient.Response() {
            @Override
            public int getStatusCode() {
                return status;
            }

            @Override
            public Map<String, List<String>> getHeaders() {
                return headers;
            }

            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void close() {}
        };
    }
}
