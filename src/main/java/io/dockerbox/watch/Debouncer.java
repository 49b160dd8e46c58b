package io.dockerbox.watch;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a burst of file events into one {@link ChangeBatch}: the batch goes out once no event came
 * for {@code quietMillis}, or {@code maxMillis} after the burst's first event, so that a file written
 * without pause still gets acted on. Driven by its events and a {@link Scheduler}, never by a sleep,
 * so tests give it a scheduler whose time they move.
 */
final class Debouncer {
    /** Runs a task after a delay and tells the time; {@link #on} is an executor's thread and the monotonic clock. */
    interface Scheduler {
        /** Schedules {@code task}; the returned handle cancels it if it has not run. */
        Runnable schedule(Runnable task, long delayMillis);

        long nowMillis();

        /** Tasks on {@code executor}'s thread, time from the monotonic clock. */
        static Scheduler on(ScheduledExecutorService executor) {
            return new Scheduler() {
                @Override
                public Runnable schedule(Runnable task, long delayMillis) {
                    ScheduledFuture<?> future = executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
                    return () -> future.cancel(false);
                }

                @Override
                public long nowMillis() {
                    return System.nanoTime() / 1_000_000;
                }
            };
        }
    }

    private final Scheduler scheduler;
    private final long quietMillis;
    private final long maxMillis;
    private final Consumer<ChangeBatch> sink;
    private Set<Path> pending = new HashSet<>();
    private boolean overflow;
    private long firstMillis;
    private Runnable cancel;
    private long generation;

    Debouncer(Scheduler scheduler, long quietMillis, long maxMillis, Consumer<ChangeBatch> sink) {
        this.scheduler = scheduler;
        this.quietMillis = quietMillis;
        this.maxMillis = maxMillis;
        this.sink = sink;
    }

    void changed(Path path) {
        event(path, false);
    }

    /** The system dropped events: the batch says so, and the loop looks at every input. */
    void overflowed() {
        event(null, true);
    }

    private synchronized void event(Path path, boolean lost) {
        long now = scheduler.nowMillis();
        if (pending.isEmpty() && !overflow) {
            firstMillis = now;
        }
        if (path != null) {
            pending.add(path);
        }
        overflow |= lost;
        if (cancel != null) {
            cancel.run();
        }
        long delay = Math.max(0, Math.min(quietMillis, firstMillis + maxMillis - now));
        long mine = ++generation;
        cancel = scheduler.schedule(() -> flush(mine), delay);
    }

    private void flush(long scheduled) {
        ChangeBatch batch;
        synchronized (this) {
            // A flush cancelled too late (it had started when the next event came) finds a newer one scheduled.
            if (scheduled != generation || pending.isEmpty() && !overflow) {
                return;
            }
            batch = new ChangeBatch(pending, overflow, firstMillis);
            pending = new HashSet<>();
            overflow = false;
            cancel = null;
        }
        sink.accept(batch);
    }
}
