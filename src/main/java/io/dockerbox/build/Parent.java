package io.dockerbox.build;

import java.util.List;

/**
 * The image a box builds on: the exact reference the Dockerfile's FROM uses, its id, and its
 * repository digests where it came from a registry (the pin that BuildKit can resolve, see {@link StagePins}).
 */
record Parent(String reference, String imageId, List<String> repoDigests) {
    Parent {
        repoDigests = repoDigests == null ? List.of() : List.copyOf(repoDigests);
    }

    Parent(String reference, String imageId) {
        this(reference, imageId, List.of());
    }
}
