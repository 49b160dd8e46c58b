package io.dockerbox.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Bursts of file events become one batch each; the time is the test's own, moved by hand. */
class DebouncerTest {
    /** A scheduler whose clock moves only when the test says; due tasks run then, in time order. */
    private static final class ManualScheduler implements Debouncer.Scheduler {
        private final TreeMap<Long, List<Runnable>> tasks = new TreeMap<>();
        private long now;
        private long seq;

        @Override
        public Runnable schedule(Runnable task, long delayMillis) {
            // Each task at its own key: equal due times keep their order.
            long key = (now + delayMillis) * 1_000 + seq++;
            tasks.computeIfAbsent(key, k -> new ArrayList<>()).add(task);
            return () -> tasks.remove(key);
        }

        @Override
        public long nowMillis() {
            return now;
        }

        void advance(long millis) {
            long until = now + millis;
            while (!tasks.isEmpty() && tasks.firstKey() / 1_000 <= until) {
                var due = tasks.pollFirstEntry();
                now = due.getKey() / 1_000;
                due.getValue().forEach(Runnable::run);
            }
            now = until;
        }
    }

    private final ManualScheduler clock = new ManualScheduler();
    private final List<ChangeBatch> batches = new ArrayList<>();
    private final Debouncer debouncer = new Debouncer(clock, 100, 2_000, batches::add);

    @Test
    void aBurstOfEventsGivesOneBatchOnceItIsQuiet() {
        debouncer.changed(Path.of("a.php"));
        clock.advance(30);
        debouncer.changed(Path.of("a.php"));
        debouncer.changed(Path.of("b.php"));
        clock.advance(99);
        assertEquals(List.of(), batches, "still within the quiet time of the last event");
        clock.advance(1);
        assertEquals(1, batches.size());
        assertEquals(Set.of(Path.of("a.php"), Path.of("b.php")), batches.get(0).paths());
        assertEquals(0, batches.get(0).firstMillis());
    }

    @Test
    void eventsAfterTheQuietTimeStartTheNextBatch() {
        debouncer.changed(Path.of("a.php"));
        clock.advance(100);
        debouncer.changed(Path.of("b.php"));
        clock.advance(100);
        assertEquals(List.of(Set.of(Path.of("a.php")), Set.of(Path.of("b.php"))), batches.stream().map(ChangeBatch::paths).toList());
        assertEquals(100, batches.get(1).firstMillis());
    }

    @Test
    void aFileWrittenWithoutPauseIsActedOnAtTheLatestAfterTheLongestWait() {
        for (int i = 0; i < 50; i++) {
            debouncer.changed(Path.of("growing.log"));
            clock.advance(50);
        }
        // 2 500 ms of events 50 ms apart: the first batch went out at 2 000 ms, the rest is pending.
        assertEquals(1, batches.size());
        clock.advance(100);
        assertEquals(2, batches.size());
    }

    @Test
    void lostEventsAreSaidInTheBatch() {
        debouncer.overflowed();
        clock.advance(100);
        assertEquals(List.of(new ChangeBatch(Set.of(), true, 0)), batches);
    }

    @Test
    void nothingHappensWithoutEvents() {
        clock.advance(10_000);
        assertEquals(List.of(), batches);
    }

    @Test
    void batchesQueuedWhileTheLoopWasBusyAreActedOnAsOne() {
        ChangeBatch first = new ChangeBatch(Set.of(Path.of("a")), false, 10);
        ChangeBatch later = new ChangeBatch(Set.of(Path.of("b")), true, 20);
        assertEquals(new ChangeBatch(Set.of(Path.of("a"), Path.of("b")), true, 10), first.and(later));
    }
}
