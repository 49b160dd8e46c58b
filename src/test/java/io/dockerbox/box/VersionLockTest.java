package io.dockerbox.box;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.log.RecordingOutput;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One version step per box and engine at a time; other boxes and engines go on. */
class VersionLockTest {
    @TempDir
    Path locks;

    @Test
    void aSecondBuildOfTheSameBoxWaitsAndSaysSo() throws Exception {
        RecordingOutput out = new RecordingOutput();
        CountDownLatch secondHasIt = new CountDownLatch(1);
        CompletableFuture<Void> second;
        try (VersionLock first = VersionLock.acquire(locks, "unix:///var/run/docker.sock", "acme/site", out)) {
            second = CompletableFuture.runAsync(() -> {
                try (VersionLock lock = VersionLock.acquire(locks, "unix:///var/run/docker.sock", "acme/site", out)) {
                    secondHasIt.countDown();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertFalse(secondHasIt.await(300, TimeUnit.MILLISECONDS), "the second build must wait while the first holds the box");
        }
        assertTrue(secondHasIt.await(5, TimeUnit.SECONDS));
        second.get(5, TimeUnit.SECONDS);
        assertTrue(out.lines().stream().anyMatch(l -> l.contains("acme/site: waiting for another build of it in this Maven run")), out.lines().toString());
    }

    @Test
    void otherBoxesAndOtherEnginesDoNotWait() throws Exception {
        RecordingOutput out = new RecordingOutput();
        try (VersionLock site = VersionLock.acquire(locks, "unix:///var/run/docker.sock", "acme/site", out);
                VersionLock base = VersionLock.acquire(locks, "unix:///var/run/docker.sock", "acme/base", out);
                VersionLock remote = CompletableFuture.supplyAsync(() -> {
                    try {
                        return VersionLock.acquire(locks, "tcp://build-host:2376", "acme/site", out);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).get(5, TimeUnit.SECONDS)) {
            assertEquals(0, out.lines().size(), out.lines().toString());
        }
        assertNotEquals(VersionLock.key("unix:///var/run/docker.sock", "acme/site"), VersionLock.key("tcp://build-host:2376", "acme/site"));
    }
}
