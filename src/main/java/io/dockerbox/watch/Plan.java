package io.dockerbox.watch;

import io.dockerbox.config.RunConfig;
import io.dockerbox.config.WatchConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one batch of changes asks for: the files each run's {@code <sync>} copies into its container,
 * the boxes whose inputs may have changed (a rebuild, when their inputs digest says so), whether
 * the POM changed, and whether a {@code .dockerignore} did (which folders are watched may change with
 * it). Paths are relative to the box's build context; {@code shown} names what changed, relative to
 * the project, for the line watch prints.
 */
record Plan(Map<RunConfig, Map<WatchConfig.Sync, Set<String>>> syncs, Map<String, Set<String>> rebuilds, boolean pom, Set<String> shown,
        boolean ignoreChanged) {

    boolean nothing() {
        return syncs.isEmpty() && rebuilds.isEmpty() && !pom;
    }

    /** Collects a plan, path by path. */
    static final class Builder {
        private final Map<RunConfig, Map<WatchConfig.Sync, Set<String>>> syncs = new LinkedHashMap<>();
        private final Map<String, Set<String>> rebuilds = new LinkedHashMap<>();
        private final Set<String> shown = new TreeSet<>();
        private boolean pom;
        private boolean ignoreChanged;

        void sync(RunConfig run, WatchConfig.Sync sync, String relativePath, String show) {
            syncs.computeIfAbsent(run, r -> new LinkedHashMap<>()).computeIfAbsent(sync, s -> new TreeSet<>()).add(relativePath);
            shown.add(show);
        }

        void rebuild(String box, String show) {
            rebuilds.computeIfAbsent(box, b -> new TreeSet<>()).add(show);
            shown.add(show);
        }

        void pom() {
            pom = true;
        }

        void ignoreChanged() {
            ignoreChanged = true;
        }

        Plan build() {
            return new Plan(syncs, rebuilds, pom, shown, ignoreChanged);
        }
    }

    /** A few of the changed paths for a line: {@code a.php, b.php and 3 more}. */
    static String describe(Set<String> paths) {
        List<String> all = List.copyOf(paths);
        if (all.size() <= 3) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, 2)) + " and " + (all.size() - 2) + " more";
    }
}
