package io.dockerbox.config;

import java.util.regex.Pattern;

/**
 * When a started box counts as ready; every condition given must hold. {@code http} and {@code tcp}
 * may still hold {@code ${property}} references to ports that are only known once the box runs.
 */
public record WaitConfig(String http, int status, Pattern log, String tcp, boolean healthy, int timeoutSeconds) {
    public static final int DEFAULT_TIMEOUT = 60;

    public static WaitConfig none() {
        return new WaitConfig(null, 0, null, null, false, DEFAULT_TIMEOUT);
    }

    public boolean waitsForAnything() {
        return http != null || log != null || tcp != null || healthy;
    }
}
