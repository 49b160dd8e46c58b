package io.dockerbox.box;

import io.dockerbox.engine.ContainerInfo;
import java.util.Map;
import java.util.Optional;

/**
 * What ties temporary containers to the Maven build that made them. A container with a lease belongs
 * to that build until the build ends, and is removed then, however it ends: by stop, by the build's
 * end hook, or by its watcher process when Maven dies (kill -9). A standalone start is the one
 * exception: once it has finished, it hands its containers to the user, who stops them. Persistent
 * boxes and kept shells never get a lease.
 *
 * <p>Labels cannot change once a container exists, so the hand-over is told by the name: a
 * standalone start creates its containers under a name ending in {@link #STARTING} and renames them
 * when they are ready. Any process can then tell, from the engine alone, what is still owned.
 */
public record Lease(String id, Owner owner) {
    /** The end of the name of a standalone start's container until it is handed over. */
    public static final String STARTING = "-starting";

    /** The labels of a temporary container of this lease. */
    public Map<String, String> labels() {
        return Map.of(Labels.LEASE, id, Labels.OWNER, owner.label());
    }

    /** Whether a container still belongs to the build of its lease: it has one and was never handed over. */
    public static boolean owned(ContainerInfo container) {
        if (container.label(Labels.LEASE) == null) {
            return false;
        }
        boolean standalone = "true".equals(container.label(Labels.STANDALONE));
        return !standalone || container.name() != null && container.name().endsWith(STARTING);
    }

    /**
     * The Maven process that still owns a container: empty when no build owns it (see {@link #owned})
     * or its owner label cannot be read.
     */
    public static Optional<Owner> owner(ContainerInfo container) {
        return owned(container) ? Owner.parse(container.label(Labels.OWNER)) : Optional.empty();
    }

    /** The name a standalone start gives a container until it hands it over. */
    public static String startingName(String name) {
        return name + STARTING;
    }
}
