package io.dockerbox.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What dockerbox needs from a container engine. The docker-java adapter is the only implementation
 * in production; services are unit-tested against an in-memory fake.
 */
public interface Engine extends AutoCloseable {

    /** Where this engine is reached, for messages (for example {@code unix:///var/run/docker.sock}). */
    String address();

    /** The image a reference points to, or empty when the engine does not have it. */
    Optional<ImageInfo> inspectImage(String reference) throws EngineException;

    /** Every image whose repository is {@code repository}, with all its tags. */
    List<ImageInfo> listImages(String repository) throws EngineException;

    /**
     * Builds an image, tags it with the request's tags, and returns its id as the engine resolves it
     * (never scraped from the log). Output lines go to {@code output} as they arrive. A failed
     * build tags nothing.
     */
    String build(BuildRequest request, Consumer<String> output) throws EngineException;

    /** Points {@code repository:tag} at an image, moving the tag when it exists. */
    void tag(String imageId, String repository, String tag) throws EngineException;

    /** Pulls a reference; progress lines go to {@code output}. */
    void pull(String reference, Consumer<String> output) throws EngineException;

    @Override
    void close();
}
