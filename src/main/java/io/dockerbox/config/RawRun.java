package io.dockerbox.config;

import java.util.List;
import java.util.Map;

/** A {@code <run>} as written in the POM, before validation; any field may be missing. */
public record RawRun(
        String name,
        String box,
        List<String> ports,
        List<String> volumes,
        Map<String, String> env,
        String command,
        RawWait waitFor,
        Boolean persistent,
        List<String> dependsOn,
        Integer stopTimeout) {

    /** A {@code <wait>} as written. */
    public record RawWait(String http, Integer status, String log, String tcp, Boolean healthy, Integer timeout) {}
}
