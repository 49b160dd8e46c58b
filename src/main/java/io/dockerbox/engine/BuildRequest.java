package io.dockerbox.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * One image build: a context written as a tar stream on demand (so it is never held in memory),
 * the Dockerfile's path inside that tar, build arguments, labels, and the {@code repository:tag}
 * references the image gets once the build succeeded, in order.
 */
public record BuildRequest(
        TarSource context, String dockerfilePath, Map<String, String> buildArgs, Map<String, String> labels, List<String> tags) {

    public BuildRequest {
        buildArgs = Map.copyOf(buildArgs);
        labels = Map.copyOf(labels);
        tags = List.copyOf(tags);
    }

    /** Writes the build context as an uncompressed tar. */
    @FunctionalInterface
    public interface TarSource {
        void writeTo(OutputStream out) throws IOException;
    }
}
