package io.dockerbox.config;

import java.util.ArrayList;
import java.util.List;

/** Orders runs by {@code <dependsOn>}: each level can start in parallel once the levels before it run. */
public final class RunOrder {
    private RunOrder() {}

    /** The runs in levels, or null when they depend on each other in a cycle. */
    public static List<List<RunConfig>> levels(List<RunConfig> runs) {
        List<List<RunConfig>> levels = new ArrayList<>();
        List<RunConfig> placed = new ArrayList<>();
        List<RunConfig> left = new ArrayList<>(runs);
        while (!left.isEmpty()) {
            List<RunConfig> level = left.stream().filter(r -> r.dependsOn().stream().allMatch(d -> isPlaced(d, placed))).toList();
            if (level.isEmpty()) {
                return null;
            }
            levels.add(level);
            placed.addAll(level);
            left.removeAll(level);
        }
        return levels;
    }

    private static boolean isPlaced(String dependency, List<RunConfig> placed) {
        return placed.stream().anyMatch(r -> r.box().equals(dependency) || r.alias().equals(dependency) || r.name().equals(dependency));
    }
}
