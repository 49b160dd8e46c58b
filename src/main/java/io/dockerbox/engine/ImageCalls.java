package io.dockerbox.engine;

import io.dockerbox.json.Json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The image calls: inspect, list a repository, tag, untag. */
final class ImageCalls {
    private static final JsonFactory JSON = new JsonFactory();
    private final EngineHttp http;

    ImageCalls(EngineHttp http) {
        this.http = http;
    }

    /**
     * All a no-op build asks the engine, once per box: read with the streaming parser, past
     * everything but what {@link ImageInfo} holds (an image's JSON has its whole history).
     */
    Optional<ImageInfo> inspect(String reference) throws EngineException {
        String what = "inspect image " + reference;
        EngineHttp.Answer answer = http.request("GET", "/images/" + reference + "/json", null, what);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        http.expect(answer, what, 200);
        try {
            return Optional.of(parse(answer.body()));
        } catch (IOException e) {
            throw new EngineException("engine at " + http.address() + " failed to " + what + ": unreadable answer (" + e.getMessage() + ")", e);
        }
    }

    private static ImageInfo parse(byte[] body) throws IOException {
        String id = null;
        List<String> tags = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        long size = 0;
        long created = 0;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("unexpected answer from the engine: " + p.currentToken() + " where an object belongs");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "Id" -> id = p.getValueAsString();
                    case "Size" -> size = p.getValueAsLong();
                    case "Created" -> created = ImageInfo.epochSeconds(p.getValueAsString());
                    case "RepoTags" -> {
                        while (value == JsonToken.START_ARRAY && p.nextToken() != JsonToken.END_ARRAY) {
                            tags.add(ImageIds.familiar(p.getValueAsString()));
                        }
                    }
                    case "RepoDigests" -> {
                        while (value == JsonToken.START_ARRAY && p.nextToken() != JsonToken.END_ARRAY) {
                            digests.add(p.getValueAsString());
                        }
                    }
                    case "Config" -> readLabels(p, value, labels);
                    default -> p.skipChildren();
                }
            }
        }
        return new ImageInfo(id, tags, labels, size, created, digests);
    }

    private static void readLabels(JsonParser p, JsonToken config, Map<String, String> labels) throws IOException {
        while (config == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME) {
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

    List<ImageInfo> list(String repository) throws EngineException {
        String what = "list images of " + repository;
        EngineHttp.Answer answer = http.request("GET", "/images/json?filters=" + EngineHttp.filters("reference", List.of(repository)), null, what);
        http.expect(answer, what, 200);
        List<ImageInfo> images = new ArrayList<>();
        if (http.json(answer, what) instanceof List<?> all) {
            for (Object image : all) {
                List<String> tags = new ArrayList<>();
                if (Json.at(image, "RepoTags") instanceof List<?> repoTags) {
                    repoTags.forEach(t -> tags.add(ImageIds.asListed(String.valueOf(t), repository)));
                }
                // The reference filter matches the repository with any tag; this keeps the answer exact
                // even where an engine treats the filter loosely.
                if (tags.stream().noneMatch(t -> t.startsWith(repository + ":"))) {
                    continue;
                }
                images.add(new ImageInfo(Json.string(image, "Id"), tags, Json.strings(image, "Labels"),
                        Json.at(image, "Size") instanceof Number n ? n.longValue() : 0,
                        Json.at(image, "Created") instanceof Number c ? c.longValue() : 0));
            }
        }
        return images;
    }

    void tag(String imageId, String repository, String tag) throws EngineException {
        String what = "tag " + ImageIds.shortId(imageId) + " as " + repository + ":" + tag;
        String path = "/images/" + imageId + "/tag?repo=" + EngineHttp.encode(repository) + "&tag=" + EngineHttp.encode(tag);
        http.expect(http.request("POST", path, null, what), what, 200, 201);
    }

    /** Removes a reference; the image goes once no tag or container uses it. A reference that is gone is no failure. */
    void remove(String reference) throws EngineException {
        String what = "remove image " + reference;
        http.expect(http.request("DELETE", "/images/" + reference, null, what), what, 200, 404);
    }
}
