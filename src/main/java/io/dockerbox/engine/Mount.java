package io.dockerbox.engine;

import java.util.regex.Pattern;

/**
 * One mount of a container as the engine reports it: {@code type} is {@code volume}, {@code bind} or
 * {@code tmpfs}; {@code name} is the volume's name (null for a bind mount); {@code source} the
 * folder on the engine's host.
 */
public record Mount(String type, String name, String source, String destination, boolean readWrite) {
    /** The engine names a volume it made itself (anonymous) with 64 hex digits, Docker and Podman alike. */
    private static final Pattern GENERATED = Pattern.compile("[0-9a-f]{64}");

    public boolean volume() {
        return "volume".equals(type);
    }

    public boolean bind() {
        return "bind".equals(type);
    }

    /** A volume the engine made for this container (an image's VOLUME, or {@code -v /path}), not one a user named. */
    public boolean anonymous() {
        return volume() && name != null && GENERATED.matcher(name).matches();
    }
}
