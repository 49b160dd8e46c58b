package io.dockerbox.engine;

import java.util.List;
import java.util.Map;

/**
 * An image as the engine describes it; labels, tags and digests never null. {@code repoDigests}
 * ({@code repo@sha256:...}, from a pull or a push) are known from an inspect only, not from a list.
 */
public record ImageInfo(String id, List<String> repoTags, Map<String, String> labels, long size, long createdEpochSeconds,
        List<String> repoDigests) {

    public ImageInfo {
        repoTags = repoTags == null ? List.of() : List.copyOf(repoTags);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        repoDigests = repoDigests == null ? List.of() : List.copyOf(repoDigests);
    }

    public ImageInfo(String id, List<String> repoTags, Map<String, String> labels, long size, long createdEpochSeconds) {
        this(id, repoTags, labels, size, createdEpochSeconds, List.of());
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
