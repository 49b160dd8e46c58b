package io.dockerbox.engine;

/** Hears the engine's progress of a pull or a push, layer by layer. */
@FunctionalInterface
public interface TransferListener {
    /**
     * @param layer   the layer's short id, or null for a message about the whole image
     * @param status  the engine's words, e.g. {@code Downloading}, {@code Pushed}, {@code Layer already exists}
     * @param current bytes done so far, or -1 when unknown
     * @param total   bytes in all, or -1 when unknown
     */
    void update(String layer, String status, long current, long total);
}
