package io.dockerbox.chain;

import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The boxes that lead to a target box, parents first. Boxes form a tree (several may share a
 * parent); only the target's own ancestors are part of its chain.
 */
public final class Chain {
    private Chain() {}

    /** The chain of the config's target box: its ancestors inside {@code <boxes>}, then the box itself. */
    public static List<BoxConfig> of(DockerboxConfig config) {
        return of(config, config.target());
    }

    /** The chains of several boxes, each box once, parents before children. */
    public static List<BoxConfig> of(DockerboxConfig config, List<BoxConfig> targets) {
        java.util.LinkedHashMap<String, BoxConfig> order = new java.util.LinkedHashMap<>();
        for (BoxConfig target : targets) {
            for (BoxConfig box : of(config, target)) {
                order.putIfAbsent(box.name(), box);
            }
        }
        return new ArrayList<>(order.values());
    }

    public static List<BoxConfig> of(DockerboxConfig config, BoxConfig target) {
        Deque<BoxConfig> chain = new ArrayDeque<>();
        BoxConfig current = target;
        // Validation rejects cycles; the size bound keeps a bug from looping forever.
        while (current != null && chain.size() <= config.boxes().size()) {
            chain.addFirst(current);
            current = parentInChain(config, current).orElse(null);
        }
        return new ArrayList<>(chain);
    }

    /** The box this box builds on, when that parent is itself a box of {@code <boxes>}. */
    public static Optional<BoxConfig> parentInChain(DockerboxConfig config, BoxConfig box) {
        return box.from() == null ? Optional.empty() : config.box(box.from());
    }
}
