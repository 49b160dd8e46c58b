package io.dockerbox.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A commit on Podman's Docker-compatible API. Podman reads the commit's {@code Config} body and then
 * ignores it (4.3): the image gets the container's labels and command, not the ones asked for. It
 * honours {@code changes}, Dockerfile instructions in the query, one per parameter, as
 * {@code podman commit --change} does; so the labels and the CMD go there. It also refuses a
 * request without a body, hence {@code {}}.
 */
final class PodmanCommit {
    private static final JsonFactory JSON = new JsonFactory();

    private PodmanCommit() {}

    /** Whether the engine behind {@code http} is Podman: its ping answers with a Libpod-Api-Version header. */
    static boolean isPodman(DockerHttpClient http) {
        var ping = DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET).path("/_ping").build();
        try (DockerHttpClient.Response response = http.execute(ping)) {
            return response.getHeaders().keySet().stream().anyMatch("Libpod-Api-Version"::equalsIgnoreCase);
        }
    }

    /** Commits the container and returns the new image's id. */
    static String commit(DockerHttpClient http, String containerId, Map<String, String> labels, List<String> cmd, String message)
            throws IOException {
        StringBuilder path = new StringBuilder("/commit?container=").append(encode(containerId))
                .append("&pause=true&comment=").append(encode(message));
        for (String change : changes(labels, cmd)) {
            path.append("&changes=").append(encode(change));
        }
        var request = DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.POST).path(path.toString())
                .putHeader("Content-Type", "application/json").bodyBytes("{}".getBytes(StandardCharsets.UTF_8)).build();
        try (DockerHttpClient.Response response = http.execute(request); InputStream body = response.getBody()) {
            String answer = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (response.getStatusCode() / 100 != 2) {
                throw new IOException("status " + response.getStatusCode() + ": " + answer.strip());
            }
            return id(answer);
        }
    }

    /**
     * The Dockerfile instructions that give the image these labels and this CMD. Podman strips the
     * quotes around a value and takes the rest as it is (no escapes), and splits changes at line
     * breaks, so a label keeps its quotes and backslashes and loses its line breaks (the CMD is JSON,
     * where a line break is an escape).
     */
    static List<String> changes(Map<String, String> labels, List<String> cmd) throws IOException {
        List<String> changes = new ArrayList<>();
        labels.forEach((k, v) -> changes.add("LABEL " + k + "=\"" + v.replaceAll("[\r\n]+", " ") + "\""));
        if (cmd != null && !cmd.isEmpty()) {
            StringWriter json = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(json)) {
                g.writeStartArray();
                for (String arg : cmd) {
                    g.writeString(arg);
                }
                g.writeEndArray();
            }
            changes.add("CMD " + json);
        }
        return changes;
    }

    private static String id(String answer) throws IOException {
        try (JsonParser p = JSON.createParser(answer)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if ("Id".equalsIgnoreCase(field)) {
                        return p.getValueAsString();
                    }
                    p.skipChildren();
                }
            }
        }
        throw new IOException("no image id in the answer: " + answer.strip());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
