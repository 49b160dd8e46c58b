package io.dockerbox.chain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Remembers the SHA-256 of context files by path, size and modification time, so an unchanged
 * context is not read again (the way make, Gradle and Jib avoid re-hashing). Like Git's "racy
 * clean" rule, an entry whose file changed within {@link #RACY_MILLIS} of the cache being written
 * is not trusted: a quick edit that kept size and time must not look unchanged.
 */
public final class HashCache {
    static final long RACY_MILLIS = 2_000;
    private static final String HEADER = "dockerbox-hash-cache v1 ";

    private final Path file;
    private final Map<String, Entry> entries;
    private final long writtenAt;
    private final Map<String, Entry> used = new HashMap<>();
    private int hashed;

    private record Entry(long size, long modified, String sha256) {}

    private HashCache(Path file, Map<String, Entry> entries, long writtenAt) {
        this.file = file;
        this.entries = entries;
        this.writtenAt = writtenAt;
    }

    /** An empty cache that is never saved. */
    public static HashCache none() {
        return new HashCache(null, new HashMap<>(), 0);
    }

    /** Loads the cache file, or starts empty when it is missing or unreadable. */
    public static HashCache load(Path file) {
        Map<String, Entry> entries = new HashMap<>();
        long writtenAt = 0;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith(HEADER)) {
                writtenAt = Long.parseLong(lines.get(0).substring(HEADER.length()));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split("\t", 4);
                    entries.put(f[3], new Entry(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2]));
                }
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
            writtenAt = 0;
        }
        return new HashCache(file, entries, writtenAt);
    }

    /** The hex SHA-256 of a context file, from the cache when its size and time are unchanged. */
    public String sha256(ContextEntry entry) throws IOException {
        Entry known = entries.get(entry.relativePath());
        if (known != null
                && known.size == entry.size()
                && known.modified == entry.modifiedMillis()
                && entry.modifiedMillis() < writtenAt - RACY_MILLIS) {
            used.put(entry.relativePath(), known);
            return known.sha256;
        }
        String sha = hashFile(entry.path());
        hashed++;
        used.put(entry.relativePath(), new Entry(entry.size(), entry.modifiedMillis(), sha));
        return sha;
    }

    /** How many files were read because the cache could not vouch for them. */
    public int filesHashed() {
        return hashed;
    }

    /**
     * Writes what was used in this build, dropping files that are gone. When every file was vouched
     * for and none came or went, the record on disk is already right and is left as it is.
     */
    public void save() throws IOException {
        if (file == null || (hashed == 0 && used.keySet().equals(entries.keySet()) && Files.isRegularFile(file))) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write(HEADER + System.currentTimeMillis() + "\n");
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, Entry> e : used.entrySet()) {
                if (seen.add(e.getKey())) {
                    Entry v = e.getValue();
                    out.write(v.size + "\t" + v.modified + "\t" + v.sha256 + "\t" + e.getKey() + "\n");
                }
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    // One buffer per thread, not per file: 100 000 small files would otherwise be 6 GB of garbage,
    // which the default heap answers by growing (a 100 000-file cold build reached 970 MiB RSS).
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    static String hashFile(Path path) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = BUFFER.get();
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UnreadableContextException(path, e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A new SHA-256 digest; every Java runtime has the algorithm, so its absence is not the caller's to handle. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
