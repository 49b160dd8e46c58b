package io.dockerbox.watch;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The file events of the watched folders, from the platform's own notification (inotify on Linux,
 * FSEvents on macOS, through directory-watcher), handed to the {@link Debouncer}. Folders that hold
 * no input are not watched at all, so a build writing {@code target/} costs nothing. No file is read
 * or hashed here: the inputs digest decides later whether a change matters.
 */
final class FileEvents implements AutoCloseable {
    private final DirectoryWatcher watcher;
    private final ExecutorService thread;
    private volatile boolean closed;

    private FileEvents(DirectoryWatcher watcher, ExecutorService thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /**
     * Registers every folder below the roots that {@code skip} leaves, then reports events until closed.
     *
     * @param ended told why, should the events end before {@link #close} (null: they just stopped coming)
     * @throws IOException when a folder cannot be watched (the system's limit of inotify watches, a
     *                     folder that went away meanwhile): nothing would be seen
     */
    static FileEvents start(List<Path> roots, Predicate<Path> skip, Debouncer debouncer, Consumer<Throwable> ended) throws IOException {
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .paths(roots)
                .fileHashing(false)
                .fileTreeVisitor((root, onDirectory, onFile) -> visit(root, skip, onDirectory))
                .listener(event -> {
                    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                        debouncer.overflowed();
                    } else if (event.path() != null && !(event.isDirectory() && event.eventType() == DirectoryChangeEvent.EventType.MODIFY)
                            && !skip.test(event.path().getParent() == null ? event.path() : event.path().getParent())) {
                        debouncer.changed(event.path());
                    }
                })
                .build();
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dockerbox-watch-events");
            t.setDaemon(true);
            return t;
        });
        // watchAsync registers the folders before it returns, and hands a failure back in its future.
        CompletableFuture<Void> watching = watcher.watchAsync(thread);
        FileEvents events = new FileEvents(watcher, thread);
        if (watching.isCompletedExceptionally()) {
            events.close();
            try {
                watching.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause.getMessage()), cause);
            }
        }
        watching.whenComplete((done, failure) -> {
            if (!events.closed) {
                ended.accept(failure instanceof CompletionException c ? c.getCause() : failure);
            }
        });
        return events;
    }

    /** Only folders are visited (no file is hashed, so none needs to be listed); skipped ones are not descended. */
    private static void visit(Path root, Predicate<Path> skip, io.methvin.watcher.visitor.FileTreeVisitor.Callback onDirectory)
            throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && skip.test(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onDirectory.call(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // Watching ends with the goal either way.
        }
        thread.shutdownNow();
    }
}
