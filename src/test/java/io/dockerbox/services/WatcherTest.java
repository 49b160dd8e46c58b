package io.dockerbox.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dockerbox.log.RecordingOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher process of a build's lease; what it removes is ReaperTest's, and the ITs' on real engines. */
class WatcherTest {
    @TempDir
    Path dir;

    /** Starts the watcher of {@code lease}, lets {@code meanwhile} look at its process, ends the build and gives its log. */
    private String logOfItsEnd(String lease, Consumer<ProcessHandle> meanwhile) throws Exception {
        Path log = dir.resolve("target/dockerbox/watcher.log");
        Watcher watcher = Watcher.start(lease, "unix://" + dir.resolve("no-engine.sock"), null, log);
        ProcessHandle process = ProcessHandle.of(watcher.pid()).orElseThrow();
        meanwhile.accept(process);

        watcher.close();

        // A bound far above a JVM's start on a loaded machine: the event waited for is the process's end.
        process.onExit().get(120, TimeUnit.SECONDS);
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /**
     * Waits until the process ignores the signal: its shell's trap has run (a signal sent before that
     * would meet the shell's default). Linux shows a process's ignored signals in /proc.
     */
    private static void awaitIgnored(ProcessHandle process, int signal) {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        assumeTrue(Files.exists(status), "a /proc that shows the ignored signals");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try {
            while (true) {
                String ignored = Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:")).findFirst().orElseThrow()
                        .substring("SigIgn:".length()).strip();
                if ((Long.parseUnsignedLong(ignored, 16) & (1L << (signal - 1))) != 0) {
                    return;
                }
                assertTrue(System.nanoTime() < deadline, "the watcher came to ignore signal " + signal);
                Thread.sleep(10);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theWatcherActsWhenItsInputEndsAndSaysWhatItCouldNotDo() throws Exception {
        String text = logOfItsEnd("lease-1", process -> assertTrue(process.isAlive(), "it waits for the end of the build"));
        assertTrue(text.contains("lease lease-1: its build ended; removing what it still owns on unix://"), text);
        assertTrue(text.contains("WARNING the build ended, but its containers could not be removed: ")
                && text.contains("; the next dockerbox:start of the project removes them"), text);
    }

    @Test
    void theWatcherOutlivesTheSignalsThatEndMavensProcessGroup() throws Exception {
        // A cancelled CI job sends SIGTERM to the whole group, the watcher with Maven.
        String text = logOfItsEnd("lease-3", process -> {
            awaitIgnored(process, 15);
            assertTrue(process.destroy(), "SIGTERM sent");
        });
        assertTrue(text.contains("lease lease-3: its build ended; removing what it still owns on unix://"), "it swept: " + text);
    }

    @Test
    void aBuildThatLeftNothingEndsItsWatcherWithoutASweep() throws Exception {
        Path log = dir.resolve("target/dockerbox/watcher.log");
        Watcher watcher = Watcher.start("lease-2", "unix://" + dir.resolve("no-engine.sock"), null, log);
        ProcessHandle process = ProcessHandle.of(watcher.pid()).orElseThrow();

        watcher.nothingLeft();

        process.onExit().get(120, TimeUnit.SECONDS);
        String text = Files.exists(log) ? Files.readString(log) : "";
        assertTrue(text.isEmpty(), "no JVM started, no engine asked: " + text);
    }

    @Test
    void whereNoWatcherCanStartTheBuildSaysSoAndItsEndStillRuns() throws Exception {
        RecordingOutput out = new RecordingOutput();
        Services services = new Services(new EngineSettings(null, null, null), out, null, null);
        Files.writeString(dir.resolve("file"), "not a folder");

        LeasedBuild build = services.lease("here", dir.resolve("file/watcher.log"));
        AtomicInteger ended = new AtomicInteger();
        build.atEnd(ended::incrementAndGet);
        build.end();

        assertEquals(1, out.lines().size(), out.lines()::toString);
        assertTrue(out.lines().get(0).startsWith("WARN dockerbox: cannot start the watcher process of the build ("), out.lines()::toString);
        assertTrue(out.lines().get(0).endsWith("); if Maven is killed (kill -9) before it cleans up, its temporary containers stay"
                + " until the next dockerbox:start of the project removes them"), out.lines()::toString);
        assertEquals(1, ended.get());
        assertEquals("here", build.lease().owner().host());
    }
}
