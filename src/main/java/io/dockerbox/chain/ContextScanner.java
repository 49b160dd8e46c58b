package io.dockerbox.chain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists what a build context sends: every file, folder and symbolic link below the context that
 * {@code .dockerignore} does not exclude, sorted by path. Links are sent as links, never followed,
 * so nothing outside the context can leak into an image.
 */
public final class ContextScanner {
    private ContextScanner() {}

    /**
     * @param skip a folder inside the context that is never sent (dockerbox's own work folder,
     *             which changes on every build), or null
     */
    public static List<ContextEntry> scan(Path context, DockerIgnore ignore, Path skip) throws IOException {
        List<ContextEntry> entries = new ArrayList<>();
        Path root = context.toAbsolutePath().normalize();
        Path skipped = skip == null ? null : skip.toAbsolutePath().normalize();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (dir.equals(skipped)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                String relative = relative(root, dir);
                if (ignore.isExcluded(relative)) {
                    return ignore.mayReincludeBelow(relative) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }
                checkReadable(dir);
                entries.add(new ContextEntry(relative, dir, ContextEntry.Type.DIRECTORY, mode(dir, attrs), 0, 0, null));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = relative(root, file);
                if (ignore.isExcluded(relative)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    String target = Files.readSymbolicLink(file).toString();
                    entries.add(new ContextEntry(relative, file, ContextEntry.Type.SYMLINK, 0777, 0, 0, target));
                } else if (attrs.isRegularFile()) {
                    checkReadable(file);
                    entries.add(new ContextEntry(relative, file, ContextEntry.Type.FILE, mode(file, attrs), attrs.size(),
                            attrs.lastModifiedTime().toMillis(), null));
                }
                // Sockets, fifos and devices are not sent, as with docker build.
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // AccessDeniedException's message is only the path, already named.
                throw new UnreadableContextException(file, e instanceof AccessDeniedException ? "permission denied" : e.getMessage(), e);
            }
        });
        entries.sort(Comparator.comparing(ContextEntry::relativePath));
        return entries;
    }

    /**
     * Found while listing, not later while hashing or sending: the build then fails before the engine
     * is asked anything, instead of halfway through the chain. Root reads every file whatever its mode.
     */
    private static void checkReadable(Path path) throws UnreadableContextException {
        if (!Files.isReadable(path)) {
            throw new UnreadableContextException(path, "permission denied", null);
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /**
     * The walk hands out basic attributes only (the JDK wraps its POSIX ones), so the permissions are
     * read here: a script's execute bit must reach the image and count as an input.
     */
    private static int mode(Path path, BasicFileAttributes attrs) throws IOException {
        PosixFileAttributes posix;
        try {
            posix = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return attrs.isDirectory() ? 0755 : 0644;
        }
        int mode = 0;
        for (PosixFilePermission permission : posix.permissions()) {
            mode |= 1 << (8 - permission.ordinal());
        }
        return mode;
    }
}
