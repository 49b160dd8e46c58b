package io.dockerbox.box;

import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Makes "find the next version, build or commit it, tag it" one step per box and engine among the
 * builds of this machine: two Maven builds of the same box would otherwise both take version n+1,
 * and the second tag would take it from the first image. The second build waits, then finds the
 * box up to date or builds n+2.
 *
 * <p>An OS file lock, which the system releases when the process ends however it ends (so no lock
 * outlives a killed Maven), plus a lock per JVM, since file locks belong to the whole process.
 * Builds on other machines that share a remote engine are not serialised: see docs/design.md.
 */
public final class VersionLock implements AutoCloseable {
    private static final ConcurrentHashMap<String, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;

    private VersionLock(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other build of this machine holds {@code box} on this engine, saying so when it has to wait. */
    public static VersionLock acquire(String engineAddress, String box, Output out) throws IOException {
        return acquire(directory(), engineAddress, box, out);
    }

    static VersionLock acquire(Path directory, String engineAddress, String box, Output out) throws IOException {
        String key = key(engineAddress, box);
        // A semaphore, not a lock: the thread that releases it need not be the one that took it.
        Semaphore local = IN_THIS_JVM.computeIfAbsent(key, k -> new Semaphore(1));
        if (!local.tryAcquire()) {
            out.info(box + ": waiting for another build of it in this Maven run");
            local.acquireUninterruptibly();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(key + ".lock");
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                long begin = System.nanoTime();
                out.info(box + ": waiting for another Maven build of it on this machine to finish its version (lock " + file + ")");
                lock = channel.lock();
                out.info(box + ": the other build is done, going on [" + Units.secondsSince(begin) + "]");
            }
            return new VersionLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.release();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.release();
        }
    }

    /** Per user: a lock file another user made could not be opened for writing. */
    private static Path directory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "dockerbox-locks-" + System.getProperty("user.name", "user"));
    }

    static String key(String engineAddress, String box) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((engineAddress + "\n" + box).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
