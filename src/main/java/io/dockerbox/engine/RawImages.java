package io.dockerbox.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The image calls of a build over {@link RawHttp}: list a repository, tag, untag. Read as the docker-java adapter's. */
final class RawImages {
    private final RawHttp http;

    RawImages(RawHttp http) {
        this.http = http;
    }

    List<ImageInfo> list(String repository) throws EngineException {
        String what = "list images of " + repository;
        String filters = new String(Json.write(Map.of("reference", List.of(repository))), StandardCharsets.UTF_8);
        RawHttp.Answer answer = call("GET", "/images/json?filters=" + RawHttp.encode(filters), what);
        expect(answer, what, 200);
        List<ImageInfo> images = new ArrayList<>();
        Object listed;
        try {
            listed = answer.json();
        } catch (IOException e) {
            throw new EngineException("engine at " + http.address() + " failed to " + what + ": unreadable answer (" + e.getMessage() + ")", e);
        }
        if (listed instanceof List<?> all) {
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
        expect(call("POST", "/images/" + imageId + "/tag?repo=" + RawHttp.encode(repository) + "&tag=" + RawHttp.encode(tag), what), what, 200, 201);
    }

    /** Removes a reference; with {@code noPrune}, untagged parents stay. A reference that is gone is no failure. */
    void remove(String reference, boolean noPrune, String what) throws EngineException {
        expect(call("DELETE", "/images/" + reference + (noPrune ? "?noprune=1" : ""), what), what, 200, 404);
    }

    private RawHttp.Answer call(String method, String path, String what) throws EngineException {
        return http.request(method, path, null, what);
    }

    private void expect(RawHttp.Answer answer, String what, int... accepted) throws EngineException {
        http.expect(answer, what, accepted);
    }
}
