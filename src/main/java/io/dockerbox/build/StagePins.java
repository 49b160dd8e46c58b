package io.dockerbox.build;

import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageIds;
import io.dockerbox.log.Output;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The images of a Dockerfile's other stages, pinned to the ids that went into the inputs digest, so
 * that a tag moved between the digest and the build cannot change what is built. The classic
 * builder (and Podman's Buildah) take an image id in {@code FROM}. BuildKit does not: it reads
 * {@code sha256:...} as the Docker Hub repository {@code library/sha256}. There the pin is a
 * repository digest of the image ({@code repo@sha256:...}, immutable, which BuildKit finds in the
 * engine without asking a registry), or, for an image that never was in a registry, a tag of this
 * build's own ({@value #PIN_REPOSITORY}:ID-RANDOM) that {@link #close()} removes again.
 */
final class StagePins implements AutoCloseable {
    static final String PIN_REPOSITORY = "dockerbox-pin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Engine engine;
    private final Output out;
    private final String dockerfile;
    private final List<String> temporaryTags;

    private StagePins(Engine engine, Output out, String dockerfile, List<String> temporaryTags) {
        this.engine = engine;
        this.out = out;
        this.dockerfile = dockerfile;
        this.temporaryTags = temporaryTags;
    }

    /** Pins each stage image of {@code dockerfile} named in {@code stages} for the given builder. */
    static StagePins pin(Engine engine, Output out, String dockerfile, Map<String, Parent> stages, boolean buildKit)
            throws EngineException {
        Map<String, String> pinned = new LinkedHashMap<>();
        List<String> temporary = new ArrayList<>();
        try {
            for (Map.Entry<String, Parent> stage : stages.entrySet()) {
                Parent image = stage.getValue();
                String pin;
                if (!buildKit) {
                    pin = image.imageId();
                } else if (!image.repoDigests().isEmpty()) {
                    pin = image.repoDigests().get(0);
                } else {
                    String tag = ImageIds.shortId(image.imageId()) + "-" + HexFormat.of().toHexDigits(RANDOM.nextInt());
                    engine.tag(image.imageId(), PIN_REPOSITORY, tag);
                    pin = PIN_REPOSITORY + ":" + tag;
                    temporary.add(pin);
                }
                pinned.put(stage.getKey(), pin);
            }
        } catch (EngineException | RuntimeException e) {
            untag(engine, out, temporary);
            throw e;
        }
        return new StagePins(engine, out, DockerfileFrom.withStageImages(dockerfile, pinned), temporary);
    }

    /** The Dockerfile to send: its stages' FROM lines name the pinned images. */
    String dockerfile() {
        return dockerfile;
    }

    /** Removes this build's own tags; the images keep their other names. */
    @Override
    public void close() {
        untag(engine, out, temporaryTags);
    }

    private static void untag(Engine engine, Output out, List<String> tags) {
        for (String tag : tags) {
            try {
                engine.removeImage(tag);
            } catch (EngineException e) {
                out.warn("could not remove the temporary tag " + tag + " of this build (" + e.getMessage()
                        + "); it only names an image that has other names: docker rmi " + tag + " removes it");
            }
        }
        tags.clear();
    }
}
