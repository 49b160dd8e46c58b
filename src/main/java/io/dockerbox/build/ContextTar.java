package io.dockerbox.build;

import io.dockerbox.chain.ContextEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes a build context as a tar stream: the scanned entries, then the rendered Dockerfile under a
 * name of dockerbox's own, so the user's files are sent untouched. As the docker CLI does for a
 * Dockerfile from outside the context, that name is added to the {@code .dockerignore} that is sent
 * (the user's, or one that also names itself): the engine reads the Dockerfile, then drops every
 * file the {@code .dockerignore} names from the context, so {@code COPY . /app} never copies it. Files
 * are copied from disk as they are written, never held in memory.
 */
public final class ContextTar {
    /** The rendered Dockerfile's name inside the context tar. */
    static final String DOCKERFILE = ".dockerbox.Dockerfile";
    private static final String IGNORE_FILE = ".dockerignore";

    private ContextTar() {}

    static void write(List<ContextEntry> entries, String dockerfile, OutputStream target) throws IOException {
        TarArchiveOutputStream tar = open(target);
        // Whole seconds, as docker's own tar: a fraction makes commons-compress add a PAX header to
        // the entry, which doubled the entries of the stream the engine unpacks.
        long now = System.currentTimeMillis() / 1000 * 1000;
        // The CLI's AddDockerfileToBuildContext: the user's rules, or the file itself, then the Dockerfile's name.
        String ignore = IGNORE_FILE;
        List<ContextEntry> sent = new ArrayList<>(entries.size());
        for (ContextEntry entry : entries) {
            if (entry.relativePath().equals(IGNORE_FILE) && entry.type() == ContextEntry.Type.FILE) {
                ignore = Files.readString(entry.path(), StandardCharsets.UTF_8);
            }
            if (!entry.relativePath().equals(DOCKERFILE) && !entry.relativePath().equals(IGNORE_FILE)) {
                sent.add(entry);
            }
        }
        writeEntries(tar, sent, now);
        writeText(tar, IGNORE_FILE, ignore + "\n" + DOCKERFILE + "\n", now);
        writeText(tar, DOCKERFILE, dockerfile, now);
        tar.finish();
        tar.flush();
    }

    /**
     * Files, folders and links as a tar stream under the names their entries give (watch's sync:
     * relative to the container's {@code /}), written as they are read, the same way as a context.
     */
    public static void files(List<ContextEntry> entries, OutputStream target) throws IOException {
        TarArchiveOutputStream tar = open(target);
        writeEntries(tar, entries, System.currentTimeMillis() / 1000 * 1000);
        tar.finish();
        tar.flush();
    }

    private static TarArchiveOutputStream open(OutputStream target) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(target, StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    private static void writeEntries(TarArchiveOutputStream tar, List<ContextEntry> entries, long now) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (ContextEntry entry : entries) {
            switch (entry.type()) {
                case DIRECTORY -> {
                    TarArchiveEntry dir = new TarArchiveEntry(entry.relativePath() + "/", TarConstants.LF_DIR);
                    dir.setMode(TarArchiveEntry.DEFAULT_DIR_MODE & ~07777 | entry.mode());
                    dir.setModTime(now);
                    tar.putArchiveEntry(dir);
                    tar.closeArchiveEntry();
                }
                case SYMLINK -> {
                    TarArchiveEntry link = new TarArchiveEntry(entry.relativePath(), TarConstants.LF_SYMLINK);
                    link.setLinkName(entry.linkTarget());
                    link.setModTime(now);
                    tar.putArchiveEntry(link);
                    tar.closeArchiveEntry();
                }
                case FILE -> {
                    TarArchiveEntry file = new TarArchiveEntry(entry.relativePath());
                    file.setMode(TarArchiveEntry.DEFAULT_FILE_MODE & ~07777 | entry.mode());
                    file.setModTime(entry.modifiedMillis() / 1000 * 1000);
                    // The size is taken now: a file that grows while it is sent is cut, not overrun.
                    long size = Files.size(entry.path());
                    file.setSize(size);
                    tar.putArchiveEntry(file);
                    try (var in = Files.newInputStream(entry.path())) {
                        copy(in, tar, size, buffer);
                    }
                    tar.closeArchiveEntry();
                }
            }
        }
    }

    private static void writeText(TarArchiveOutputStream tar, String name, String content, long modified) throws IOException {
        byte[] text = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry file = new TarArchiveEntry(name);
        file.setMode(TarArchiveEntry.DEFAULT_FILE_MODE);
        file.setModTime(modified);
        file.setSize(text.length);
        tar.putArchiveEntry(file);
        tar.write(text);
        tar.closeArchiveEntry();
    }

    private static void copy(java.io.InputStream in, OutputStream out, long size, byte[] buffer) throws IOException {
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                // The file shrank while it was sent: pad so the tar stays well formed.
                java.util.Arrays.fill(buffer, (byte) 0);
                while (left > 0) {
                    int pad = (int) Math.min(buffer.length, left);
                    out.write(buffer, 0, pad);
                    left -= pad;
                }
                return;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }
}
