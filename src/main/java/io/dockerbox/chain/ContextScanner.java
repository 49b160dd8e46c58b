package io.dockerbox.chain;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Lists what a build context sends: every file, folder and symbolic link below the context that
 * {@code .dockerignore} does not exclude, sorted by path. Links are sent as links, never followed,
 * so nothing outside the context can leak into an image.
 */
public final class ContextScanner {
    private ContextScanner() {}

    /**
     * @param skip a folder inside the context that is never sent (dockerbox's own work folder,
     *             which changes on every build), or null; nor are the folders around it that hold
     *             nothing else, see {@link #holdsOnly}
     */
    public static List<ContextEntry> scan(Path context, DockerIgnore ignore, Path skip) throws IOException {
        List<ContextEntry> entries = new ArrayList<>();
        Path root = context.toAbsolutePath().normalize();
        walk(root, "", ignore, skip == null ? null : skip.toAbsolutePath().normalize(), entries);
        entries.sort(Comparator.comparing(ContextEntry::relativePath));
        return entries;
    }

    /**
     * The entries of some paths of a context, as {@link #scan} would list them: a file as itself, a
     * folder with all it holds; a path that no longer exists, or that {@code .dockerignore} excludes,
     * gives nothing, but an excluded folder gives what an exception ({@code !}) includes below it.
     * What watch copies into a container after a change.
     *
     * @param relativePaths paths relative to the context, with {@code /} between names
     */
    public static List<ContextEntry> entries(Path context, DockerIgnore ignore, Collection<String> relativePaths) throws IOException {
        List<ContextEntry> entries = new ArrayList<>();
        Path root = context.toAbsolutePath().normalize();
        for (String relative : new TreeSet<>(relativePaths)) {
            Path path = root.resolve(relative);
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Attributes attrs = Attributes.of(path);
            if (ignore.isExcluded(relative)) {
                // An excluded folder made whole (moved in, unpacked) may hold what an exception (!) sends.
                if (attrs.directory && ignore.mayReincludeBelow(relative)) {
                    walk(path, relative + "/", ignore, null, entries);
                }
                continue;
            }
            if (attrs.directory) {
                entries.add(new ContextEntry(relative, path, ContextEntry.Type.DIRECTORY, attrs.mode, 0, 0, null));
                walk(path, relative + "/", ignore, null, entries);
            } else if (attrs.symlink) {
                entries.add(new ContextEntry(relative, path, ContextEntry.Type.SYMLINK, 0777, 0, 0, Files.readSymbolicLink(path).toString()));
            } else if (attrs.regular) {
                entries.add(new ContextEntry(relative, path, ContextEntry.Type.FILE, attrs.mode, attrs.size, attrs.modified, null));
            }
        }
        return entries.stream().distinct().sorted(Comparator.comparing(ContextEntry::relativePath)).toList();
    }

    /**
     * One stat per entry (the JDK's walkFileTree takes one for the walk and hides the mode, so the
     * mode cost a second), relative paths built as the walk descends: on 5 000 files this halves
     * the listing that every no-op build pays.
     */
    private static void walk(Path dir, String prefix, DockerIgnore ignore, Path skipped, List<ContextEntry> entries)
            throws IOException {
        DirectoryStream<Path> children;
        try {
            children = Files.newDirectoryStream(dir);
        } catch (IOException e) {
            throw unreadable(dir, e);
        }
        try (children) {
            for (Path path : children) {
                String relative = prefix + path.getFileName().toString();
                Attributes attrs = Attributes.of(path);
                if (attrs.directory) {
                    if (skipped != null && skipped.startsWith(path) && holdsOnly(path, skipped)) {
                        continue;
                    }
                    if (ignore.isExcluded(relative)) {
                        if (ignore.mayReincludeBelow(relative)) {
                            walk(path, relative + "/", ignore, skipped, entries);
                        }
                        continue;
                    }
                    checkReadable(path, attrs.mode, 0005);
                    entries.add(new ContextEntry(relative, path, ContextEntry.Type.DIRECTORY, attrs.mode, 0, 0, null));
                    walk(path, relative + "/", ignore, skipped, entries);
                } else if (!ignore.isExcluded(relative)) {
                    if (attrs.symlink) {
                        String target = Files.readSymbolicLink(path).toString();
                        entries.add(new ContextEntry(relative, path, ContextEntry.Type.SYMLINK, 0777, 0, 0, target));
                    } else if (attrs.regular) {
                        checkReadable(path, attrs.mode, 0004);
                        entries.add(new ContextEntry(relative, path, ContextEntry.Type.FILE, attrs.mode, attrs.size, attrs.modified, null));
                    }
                    // Sockets, fifos and devices are not sent, as with docker build.
                }
            }
        } catch (DirectoryIteratorException e) {
            throw unreadable(dir, e.getCause());
        }
    }

    /**
     * Whether a folder is the work folder, or holds nothing but the way to it: {@code target/} that the
     * first build made to hold {@code target/dockerbox/}. Sent, it would be an input the first build did
     * not have, and the second build would make a new version with nothing of the user's changed. A
     * folder with anything else in it (a jar, even an excluded file) is sent as docker build sends it.
     */
    private static boolean holdsOnly(Path dir, Path skipped) throws IOException {
        if (dir.equals(skipped)) {
            return true;
        }
        Path next = dir.resolve(skipped.getName(dir.getNameCount()));
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                if (!child.equals(next)) {
                    return false;
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            return false;
        }
        return Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS) && holdsOnly(next, skipped);
    }

    /** What the listing needs of an entry, from one stat that does not follow links. */
    private record Attributes(boolean directory, boolean symlink, boolean regular, int mode, long size, long modified) {
        static Attributes of(Path path) throws IOException {
            try {
                PosixFileAttributes posix = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                int mode = 0;
                for (PosixFilePermission permission : posix.permissions()) {
                    mode |= 1 << (8 - permission.ordinal());
                }
                return new Attributes(posix.isDirectory(), posix.isSymbolicLink(), posix.isRegularFile(), mode, posix.size(),
                        posix.lastModifiedTime().toMillis());
            } catch (UnsupportedOperationException e) {
                BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return new Attributes(basic.isDirectory(), basic.isSymbolicLink(), basic.isRegularFile(),
                        basic.isDirectory() ? 0755 : 0644, basic.size(), basic.lastModifiedTime().toMillis());
            } catch (IOException e) {
                throw unreadable(path, e);
            }
        }
    }

    private static UnreadableContextException unreadable(Path path, IOException e) {
        // AccessDeniedException's message is only the path, already named.
        return new UnreadableContextException(path, e instanceof AccessDeniedException ? "permission denied" : e.getMessage(), e);
    }

    /**
     * Found while listing, not later while hashing or sending: the build then fails before the engine
     * is asked anything, instead of halfway through the chain. Root reads every file whatever its mode.
     * An entry whose mode lets everyone read it ({@code others} bits) needs no access(2) call.
     */
    private static void checkReadable(Path path, int mode, int othersBits) throws UnreadableContextException {
        if ((mode & othersBits) != othersBits && !Files.isReadable(path)) {
            throw new UnreadableContextException(path, "permission denied", null);
        }
    }
}
