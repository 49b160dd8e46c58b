package io.dockerbox.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /images/NAME/json} over a local engine's unix socket. A no-op build only asks the
 * engine this, once per box; docker-java costs about 0.8 s before its first answer, this about
 * 0.07 s. Reads only what {@link ImageInfo} holds, streaming past the rest.
 */
final class RawImageInspector {
    private static final JsonFactory JSON = new JsonFactory();
    private final RawHttp http;

    RawImageInspector(RawHttp http) {
        this.http = http;
    }

    Optional<ImageInfo> inspect(String reference) throws IOException, EngineException {
        RawHttp.Answer answer = http.get("/images/" + reference + "/json");
        if (answer.status() == 404) {
            return Optional.empty();
        }
        if (answer.status() != 200) {
            throw new EngineException("engine answered " + answer.status() + " to inspect image " + reference + ": " + answer.text());
        }
        return Optional.of(parse(answer.body(), answer.offset()));
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
}
