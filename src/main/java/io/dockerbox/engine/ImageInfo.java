package io.dockerbox.engine;

import java.util.List;
import java.util.Map;

/** An image as the engine describes it; labels and tags never null. */
public record ImageInfo(String id, List<String> repoTags, Map<String, String> labels, long size, long createdEpochSeconds) {

    public ImageInfo {
        repoTags = repoTags == null ? List.of() : List.copyOf(repoTags);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public String label(String name) {
        return labels.get(name);
    }

    /** The id without its {@code sha256:} prefix, cut to twelve characters as Docker shows it. */
    public String shortId() {
        return ImageIds.shortId(id);
    }
}
