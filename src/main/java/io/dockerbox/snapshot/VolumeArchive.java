package io.dockerbox.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A volume's content as the engine's archive API streams it, written again as a tar whose entries
 * are named from the volume's parent folder ({@code mysql/ibdata1} for {@code /var/lib/mysql}), with
 * owners, modes, times, links and extended headers as they came. A build's {@code ADD} unpacks such
 * a tar keeping the owners (a {@code COPY} would give every file to root), but needs its size before
 * its content: so the tar is spooled to a file, entry by entry, never held in memory.
 */
final class VolumeArchive {
    /** What was spooled: the tar file, its length, and what it holds. */
    record Spooled(Path file, long tarBytes, long contentBytes, long entries) {}

    private VolumeArchive() {}

    /** The name a volume's tar has in the build context, and the folder its entries unpack into. */
    static String parentFolder(String destination) {
        String path = strip(destination);
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : "/" + path.substring(0, slash + 1);
    }

    static String baseName(String destination) {
        String path = strip(destination);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Writes the engine's tar of {@code destination} to {@code file} under {@code baseName(destination)},
     * leaving out what lies under {@code skipped} (other mounts below it). Docker names the entries
     * {@code data/x} for {@code /data}; Podman 4.3 names them {@code /x}, its first entry {@code /}.
     */
    static Spooled spool(InputStream engineTar, String destination, List<String> skipped, Path file) throws IOException {
        String base = baseName(destination);
        List<String> skip = skipped.stream().map(s -> strip(s).substring(strip(destination).length() + 1)).toList();
        long content = 0;
        long entries = 0;
        try (TarArchiveInputStream in = new TarArchiveInputStream(engineTar, StandardCharsets.UTF_8.name());
                OutputStream target = Files.newOutputStream(file);
                TarArchiveOutputStream out = new TarArchiveOutputStream(new java.io.BufferedOutputStream(target, 1 << 16),
                        StandardCharsets.UTF_8.name())) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            Boolean rooted = null;
            TarArchiveEntry entry;
            while ((entry = in.getNextTarEntry()) != null) {
                if (rooted == null) {
                    rooted = strip(entry.getName()).isEmpty();
                }
                String relative = relative(entry.getName(), rooted);
                if (skip.stream().anyMatch(s -> relative.equals(s) || relative.startsWith(s + "/"))) {
                    continue;
                }
                entry.setName((relative.isEmpty() ? base : base + "/" + relative) + (relative.isEmpty() || entry.isDirectory() ? "/" : ""));
                if (entry.isLink()) {
                    entry.setLinkName(base + "/" + relative(entry.getLinkName(), rooted));
                }
                out.putArchiveEntry(entry);
                if (entry.isFile() && !entry.isLink()) {
                    content += in.transferTo(out);
                }
                out.closeArchiveEntry();
                entries++;
            }
            out.finish();
        }
        return new Spooled(file, Files.size(file), content, entries);
    }

    /** What a volume holds, as {@code [content bytes, entries]}, read from the engine's tar and not kept. */
    static long[] measure(InputStream engineTar) throws IOException {
        long content = 0;
        long entries = 0;
        TarArchiveInputStream in = new TarArchiveInputStream(engineTar, StandardCharsets.UTF_8.name());
        TarArchiveEntry entry;
        while ((entry = in.getNextTarEntry()) != null) {
            entries++;
            if (entry.isFile() && !entry.isLink()) {
                content += entry.getSize();
            }
        }
        return new long[] {content, entries};
    }

    /** The entry's path inside the volume: without the leading {@code /} (Podman) or the volume's own name (Docker). */
    private static String relative(String name, boolean rooted) {
        String path = strip(name);
        if (rooted) {
            return path;
        }
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(slash + 1);
    }

    /** Without leading and trailing slashes. */
    private static String strip(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }

    /**
     * The build context that puts the spooled volumes into the committed image: a Dockerfile
     * {@code FROM} it with one {@code ADD} per volume, then the tars themselves, streamed from their files.
     */
    static void writeContext(OutputStream target, String dockerfile, List<Spooled> volumes) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(target, StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        byte[] text = dockerfile.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry file = new TarArchiveEntry("Dockerfile");
        file.setSize(text.length);
        tar.putArchiveEntry(file);
        tar.write(text);
        tar.closeArchiveEntry();
        for (int i = 0; i < volumes.size(); i++) {
            TarArchiveEntry volume = new TarArchiveEntry(contextName(i));
            volume.setSize(volumes.get(i).tarBytes());
            tar.putArchiveEntry(volume);
            try (InputStream in = Files.newInputStream(volumes.get(i).file())) {
                in.transferTo(tar);
            }
            tar.closeArchiveEntry();
        }
        tar.finish();
    }

    static String contextName(int index) {
        return "volume-" + index + ".tar";
    }
}
