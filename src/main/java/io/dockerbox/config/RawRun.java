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
        String stopTimeout,
        RawWatch watch) {

    /** A run without {@code <watch>}. */
    public RawRun(String name, String box, List<String> ports, List<String> volumes, Map<String, String> env, String command,
            RawWait waitFor, String persistent, List<String> dependsOn, String stopTimeout) {
        this(name, box, ports, volumes, env, command, waitFor, persistent, dependsOn, stopTimeout, null);
    }

    /** A {@code <watch>} as written: its {@code <sync>} elements. */
    public record RawWatch(List<RawSync> syncs) {}

    /** A {@code <sync>} as written; {@code restart} as text, so that a wrong one is named by dockerbox. */
    public record RawSync(String path, String target, String exec, String restart) {}

    /** A {@code <wait>} as written; numbers as text, so that a wrong one is named by dockerbox, not by Maven. */
    public record RawWait(String http, String status, String log, String tcp, String healthy, String timeout) {}
}
