package io.dockerbox.config;

import java.util.List;
import java.util.Map;

/** A {@code <run>} as written in the POM, before validation; any field may be missing, numbers are text. */
public record RawRun(
        String name,
        String box,
        List<String> ports,
        List<String> volumes,
        Map<String, String> env,
        String command,
        RawWait waitFor,
        String persistent,
        List<String> dependsOn,
        String stopTimeout) {

    /** A {@code <wait>} as written; numbers as text, so that a wrong one is named by dockerbox, not by Maven. */
    public record RawWait(String http, String status, String log, String tcp, String healthy, String timeout) {}
}
