package io.dockerbox.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /images/NAME/json} over a local engine's unix socket with the JDK alone. A no-op build
 * only asks the engine this, once per box; docker-java costs about 0.8 s before its first answer,
 * this about 0.07 s. HTTP/1.0, so the answer is never chunked and ends when the engine closes.
 */
final class RawImageInspector {
    private static final JsonFactory JSON = new JsonFactory();
    private final String socketPath;

    RawImageInspector(String socketPath) {
        this.socketPath = socketPath;
    }

    Optional<ImageInfo> inspect(String reference) throws IOException, EngineException {
        byte[] answer = get("/images/" + reference + "/json");
        int headerEnd = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (headerEnd < 0) {
            throw new IOException("malformed answer from the engine");
        }
        String statusLine = new String(answer, 0, Math.min(headerEnd, 64), StandardCharsets.US_ASCII);
        int status = Integer.parseInt(statusLine.split(" ", 3)[1].trim());
        if (status == 404) {
            return Optional.empty();
        }
        if (status != 200) {
            throw new EngineException("engine answered " + status + " to inspect image " + reference + ": "
                    + new String(answer, headerEnd + 4, answer.length - headerEnd - 4, StandardCharsets.UTF_8).strip());
        }
        return Optional.of(parse(answer, headerEnd + 4));
    }

    private byte[] get(String path) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socketPath));
            String request = "GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n";
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
            InputStream in = Channels.newInputStream(channel);
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static ImageInfo parse(byte[] body, int offset) throws IOException {
        String id = null;
        List<String> tags = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        long size = 0;
        long created = 0;
        try (JsonParser p = JSON.createParser(body, offset, body.length - offset)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "Id" -> id = p.getValueAsString();
                    case "Size" -> size = p.getValueAsLong();
                    case "Created" -> created = ImageInfo.epochSeconds(p.getValueAsString());
                    case "RepoTags" -> {
                        if (value == JsonToken.START_ARRAY) {
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                tags.add(ImageIds.familiar(p.getValueAsString()));
                            }
                        }
                    }
                    case "Config" -> {
                        if (value == JsonToken.START_OBJECT) {
                            readLabels(p, labels);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        return new ImageInfo(id, tags, labels, size, created);
    }

    private static void readLabels(JsonParser p, Map<String, String> labels) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("Labels".equals(field) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    labels.put(key, p.getValueAsString());
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("unexpected answer from the engine: " + actual + " where " + expected + " belongs");
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
