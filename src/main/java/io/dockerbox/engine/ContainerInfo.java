package io.dockerbox.engine;

import java.util.List;
import java.util.Map;

/**
 * A container as the engine describes it. {@code ports} maps {@code 80/tcp} to the host port it is
 * published on; {@code health} is null without a HEALTHCHECK; {@code mounts} are its volumes and
 * bind mounts.
 */
public record ContainerInfo(
        String id,
        String name,
        String image,
        String imageId,
        Map<String, String> labels,
        String status,
        boolean running,
        int exitCode,
        boolean oomKilled,
        String health,
        String error,
        Map<String, Integer> ports,
        String startedAt,
        List<Mount> mounts) {

    public ContainerInfo {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        ports = ports == null ? Map.of() : Map.copyOf(ports);
        mounts = mounts == null ? List.of() : List.copyOf(mounts);
    }

    public ContainerInfo(String id, String name, String image, String imageId, Map<String, String> labels, String status,
            boolean running, int exitCode, boolean oomKilled, String health, String error, Map<String, Integer> ports,
            String startedAt) {
        this(id, name, image, imageId, labels, status, running, exitCode, oomKilled, health, error, ports, startedAt, List.of());
    }

    /** Whether the engine has it paused (a commit pauses it while its volumes are read). */
    public boolean paused() {
        return "paused".equals(status);
    }

    public String label(String name) {
        return labels.get(name);
    }

    public String shortId() {
        return ImageIds.shortId(id);
    }

    /** What a person needs to know of a container that stopped: its state, exit code, OOM kill. */
    public String describeState() {
        StringBuilder text = new StringBuilder(status == null ? "unknown" : status);
        if (!running) {
            text.append(", exit code ").append(exitCode);
        }
        if (oomKilled) {
            text.append(", killed for running out of memory (OOM)");
        }
        if (error != null && !error.isBlank()) {
            text.append(", engine error: ").append(error);
        }
        return text.toString();
    }
}
