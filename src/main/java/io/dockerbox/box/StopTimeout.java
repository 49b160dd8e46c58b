package io.dockerbox.box;

import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.ContainerInfo;
import java.util.Optional;

/** The seconds a container gets between SIGTERM and SIGKILL when dockerbox stops it. */
public final class StopTimeout {
    private StopTimeout() {}

    /** The container's {@code <stopTimeout>} as it was started (its label), else Docker's 10 s. */
    public static int of(Optional<ContainerInfo> info) {
        String label = info.map(c -> c.label(Labels.STOP_TIMEOUT)).orElse(null);
        try {
            return label == null ? RunConfig.DEFAULT_STOP_TIMEOUT : Math.max(0, Integer.parseInt(label));
        } catch (NumberFormatException e) {
            return RunConfig.DEFAULT_STOP_TIMEOUT;
        }
    }
}
