package io.dockerbox.engine;

import java.util.List;
import java.util.Map;

/**
 * A container to create: image, name, labels, environment, an optional command, published ports,
 * volumes, the network it joins under the given aliases, and whether a terminal (TTY and stdin) is attached.
 */
public record ContainerSpec(
        String name,
        String image,
        Map<String, String> labels,
        List<String> env,
        List<String> command,
        List<PublishedPort> ports,
        List<String> binds,
        List<String> volumesFrom,
        String network,
        List<String> aliases,
        boolean interactive,
        Integer stopTimeoutSeconds) {

    /** A container that runs on its own, without a terminal. */
    public ContainerSpec(String name, String image, Map<String, String> labels, List<String> env, List<String> command,
            List<PublishedPort> ports, List<String> binds, List<String> volumesFrom, String network, List<String> aliases) {
        this(name, image, labels, env, command, ports, binds, volumesFrom, network, aliases, false, null);
    }

    public ContainerSpec {
        labels = Map.copyOf(labels);
        env = List.copyOf(env);
        command = command == null ? null : List.copyOf(command);
        ports = List.copyOf(ports);
        binds = List.copyOf(binds);
        volumesFrom = List.copyOf(volumesFrom);
        aliases = List.copyOf(aliases);
    }

    /** A container port published on the host; a null host port lets the engine pick a free one. */
    public record PublishedPort(String hostIp, Integer hostPort, int containerPort, String protocol) {
        public String key() {
            return containerPort + "/" + protocol;
        }
    }
}
