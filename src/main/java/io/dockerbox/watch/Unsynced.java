package io.dockerbox.watch;

import io.dockerbox.config.RunConfig;
import io.dockerbox.config.WatchConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changed paths a run's container still lacks, by run name: a sync that failed, or one left to a
 * new container that did not come (its box's rebuild or its start failed, or the rebuild made no new
 * image). They are synced again with the next batch, or, when they were left to a rebuild, as soon
 * as that is over: no change of the user's is dropped because something else failed.
 */
final class Unsynced {
    private final Map<String, Map<WatchConfig.Sync, Set<String>>> owed = new LinkedHashMap<>();

    /** A batch's syncs with what is owed before them, by run name; what is owed is handed over. */
    Map<String, Map<WatchConfig.Sync, Set<String>>> take(Map<RunConfig, Map<WatchConfig.Sync, Set<String>>> planned) {
        Map<String, Map<WatchConfig.Sync, Set<String>>> all = new LinkedHashMap<>(owed);
        owed.clear();
        planned.forEach((run, bySync) -> bySync.forEach((sync, paths) -> add(all, run.name(), sync, paths)));
        return all;
    }

    /** What is owed to one run, handed over (after a rebuild that did not replace its container). */
    Map<WatchConfig.Sync, Set<String>> take(String run) {
        Map<WatchConfig.Sync, Set<String>> mine = owed.remove(run);
        return mine == null ? Map.of() : mine;
    }

    void owe(String run, WatchConfig.Sync sync, Set<String> paths) {
        add(owed, run, sync, paths);
    }

    /** The run has a new container, made from an image that holds every change: nothing is owed to it. */
    void replaced(String run) {
        owed.remove(run);
    }

    private static void add(Map<String, Map<WatchConfig.Sync, Set<String>>> to, String run, WatchConfig.Sync sync, Set<String> paths) {
        to.computeIfAbsent(run, r -> new LinkedHashMap<>()).computeIfAbsent(sync, s -> new TreeSet<>()).addAll(paths);
    }
}
