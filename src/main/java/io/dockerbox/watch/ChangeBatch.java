package io.dockerbox.watch;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths that changed in one burst of file events, whatever the change (created, modified or
 * deleted: what is on disk when the batch is acted on decides). {@code overflow}: the system dropped
 * events, so any input may have changed. {@code firstMillis}: when its first event came, on the
 * debouncer's clock, so the line can say how long a change took to act on, waiting included.
 */
record ChangeBatch(Set<Path> paths, boolean overflow, long firstMillis) {
    ChangeBatch {
        paths = Set.copyOf(paths);
    }

    /** This batch and a later one as one: the loop acts once on what queued while it was busy. */
    ChangeBatch and(ChangeBatch later) {
        Set<Path> all = new TreeSet<>(paths);
        all.addAll(later.paths);
        return new ChangeBatch(all, overflow || later.overflow, Math.min(firstMillis, later.firstMillis));
    }
}
