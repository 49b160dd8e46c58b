package io.dockerbox.watch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's file events as watch starts them: a folder that cannot be watched is said, not skipped. */
class FileEventsTest {
    @TempDir
    Path dir;

    @Test
    void aFolderThatCannotBeWatchedFailsTheStartInsteadOfWatchingNothing() throws Exception {
        Files.createDirectories(dir.resolve("src/deep"));
        List<ChangeBatch> batches = new ArrayList<>();
        Debouncer debouncer = new Debouncer(new Debouncer.Scheduler() {
            @Override
            public Runnable schedule(Runnable task, long delayMillis) {
                return () -> { };
            }

            @Override
            public long nowMillis() {
                return 0;
            }
        }, 30, 2_000, batches::add);
        // What the system says when its limit of inotify watches is reached, met while the folders are registered.
        IOException thrown = assertThrows(IOException.class, () -> FileEvents.start(List.of(dir), folder -> {
            if (folder.endsWith("deep")) {
                throw new UncheckedIOException(new IOException("User limit of inotify watches reached"));
            }
            return false;
        }, debouncer, failure -> { }).close());
        assertTrue(thrown.getMessage().contains("User limit of inotify watches reached"), thrown.getMessage());
    }
}
