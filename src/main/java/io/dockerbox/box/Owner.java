package io.dockerbox.box;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The Maven process that made a temporary container: its host, its pid and when it started (a pid is
 * reused, the pair is not). Whether it still runs can only be told on its own host: from any other
 * machine using the same engine it is {@link Liveness#UNKNOWN}, and its containers are left alone.
 */
public record Owner(String host, long pid, long startMillis) {

    public enum Liveness { ALIVE, GONE, UNKNOWN }

    public Owner {
        if (host == null || host.isBlank() || host.contains("/")) {
            throw new IllegalArgumentException("an owner's host is a name without '/': " + host);
        }
    }

    /** This JVM, on the host named {@code host}. */
    public static Owner current(String host) {
        ProcessHandle self = ProcessHandle.current();
        return new Owner(host, self.pid(), startMillis(self.pid()).orElse(0L));
    }

    /** The value of the {@link Labels#OWNER} label. */
    public String label() {
        return host + "/" + pid + "/" + startMillis;
    }

    /** An owner label as written by {@link #label()}; empty for anything else. */
    public static Optional<Owner> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        int last = label.lastIndexOf('/');
        int middle = last > 0 ? label.lastIndexOf('/', last - 1) : -1;
        if (middle <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Owner(label.substring(0, middle), Long.parseLong(label.substring(middle + 1, last)),
                    Long.parseLong(label.substring(last + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether this owner still runs, asked on the host named {@code thisHost}. */
    public Liveness liveness(String thisHost) {
        return liveness(thisHost, Owner::startMillis);
    }

    /** @param started when the process with a pid started, empty when there is none */
    Liveness liveness(String thisHost, LongFunction<Optional<Long>> started) {
        if (!host.equals(thisHost)) {
            return Liveness.UNKNOWN;
        }
        Optional<Long> start = started.apply(pid);
        if (start.isEmpty()) {
            return Liveness.GONE;
        }
        // A start unknown on either side (0) cannot tell a reused pid: the process may be the owner.
        boolean sameProcess = Math.abs(start.get() - startMillis) <= SAME_START_MILLIS || startMillis == 0 || start.get() == 0;
        return sameProcess ? Liveness.ALIVE : Liveness.GONE;
    }

    /**
     * How far apart two readings of one process's start may be. Linux tells a start as ticks since
     * boot, and the boot time as the clock now minus the uptime: a clock set forward or back between
     * the label and the look moves the reading. Taken for a reused pid, a live build's containers
     * would be removed; taken the other way, a pid reused within two seconds leaves an orphan for the next start.
     */
    static final long SAME_START_MILLIS = 2000;

    private static Optional<Long> startMillis(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L));
    }
}
