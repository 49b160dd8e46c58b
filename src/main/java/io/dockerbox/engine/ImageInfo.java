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

    /** An engine's ISO-8601 creation time in epoch seconds; 0 when missing or unreadable. */
    static long epochSeconds(String iso) {
        try {
            return iso == null ? 0 : java.time.Instant.parse(iso).getEpochSecond();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The id without its {@code sha256:} prefix, cut to twelve characters as Docker shows it. */
    public String shortId() {
        return ImageIds.shortId(id);
    }
}
