package io.dockerbox.config;

import java.util.List;
import java.util.Map;

/**
 * One validated {@code <run>}: which box to start, under which name, with which ports, volumes,
 * environment, command and wait, whether it persists, the runs it needs first, and what watch syncs.
 */
public record RunConfig(
        String name,
        String box,
        List<PortMapping> ports,
        List<VolumeMount> volumes,
        Map<String, String> env,
        String command,
        WaitConfig waitFor,
        boolean persistent,
        List<String> dependsOn,
        int stopTimeoutSeconds,
        WatchConfig watch) {

    /** Docker's own grace period, used when {@code <stopTimeout>} is not given. */
    public static final int DEFAULT_STOP_TIMEOUT = 10;

    public RunConfig {
        ports = List.copyOf(ports);
        volumes = List.copyOf(volumes);
        env = Map.copyOf(env);
        dependsOn = List.copyOf(dependsOn);
        watch = watch == null ? WatchConfig.NONE : watch;
    }

    /** A run without {@code <watch>}. */
    public RunConfig(String name, String box, List<PortMapping> ports, List<VolumeMount> volumes, Map<String, String> env, String command,
            WaitConfig waitFor, boolean persistent, List<String> dependsOn, int stopTimeoutSeconds) {
        this(name, box, ports, volumes, env, command, waitFor, persistent, dependsOn, stopTimeoutSeconds, WatchConfig.NONE);
    }

    /** The same run with other ports: a replacement container that keeps the host ports of the one it replaces. */
    public RunConfig withPorts(List<PortMapping> newPorts) {
        return new RunConfig(name, box, newPorts, volumes, env, command, waitFor, persistent, List.of(), stopTimeoutSeconds, watch);
    }

    /** The name other boxes reach this one by on the project network: the box name's last part. */
    public String alias() {
        return box.substring(box.lastIndexOf('/') + 1);
    }
}
