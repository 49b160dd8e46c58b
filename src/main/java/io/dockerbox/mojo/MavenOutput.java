package io.dockerbox.mojo;

import io.dockerbox.log.Output;
import org.apache.maven.plugin.logging.Log;

/** Maven's log as an {@link Output}. */
final class MavenOutput implements Output {
    private final Log log;

    MavenOutput(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        if (log.isDebugEnabled()) {
            log.debug(message);
        }
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }
}
