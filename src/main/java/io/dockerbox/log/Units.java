package io.dockerbox.log;

import java.util.Locale;

/** How sizes and durations read in dockerbox's log: one decimal, megabytes and seconds. */
public final class Units {
    private Units() {}

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    public static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    public static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    public static String secondsSince(long startNanos) {
        return seconds(millisSince(startNanos));
    }
}
