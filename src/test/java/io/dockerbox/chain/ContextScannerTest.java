package io.dockerbox.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a context sends, and unreadable entries. Root reads every file whatever its mode, so as root
 * (as in some CI containers) the unreadable-folder test is skipped by its assumption.
 */
class ContextScannerTest {
    private static final String ROOT = "running as root, which reads a file whatever its mode: nothing to refuse";

    @TempDir
    Path context;

    @Test
    void anUnreadableFolderIsNamedWithTheFix() throws Exception {
        Path folder = Files.createDirectories(context.resolve("private"));
        Files.writeString(folder.resolve("data"), "x");
        Files.setPosixFilePermissions(folder, Set.of());
        try {
            assumeFalse(Files.isReadable(folder), ROOT);
            UnreadableContextException e = assertThrows(UnreadableContextException.class,
                    () -> ContextScanner.scan(context, DockerIgnore.none(), null));
            assertEquals("cannot read " + folder + " in the build context (permission denied); make it readable"
                    + " (chmod a+r, a+rx for a folder) or exclude it in .dockerignore", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE, java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE));
        }
    }

    @Test
    void theEntriesOfAnExcludedFolderMadeWholeAreWhatAnExceptionIncludesBelowIt() throws Exception {
        Path vendor = Files.createDirectories(context.resolve("www/vendor/lib"));
        Files.writeString(vendor.resolve("big.js"), "x");
        Files.writeString(context.resolve("www/vendor/keep.txt"), "kept");
        DockerIgnore ignore = DockerIgnore.parse(List.of("www/vendor", "!www/vendor/keep.txt"));
        assertEquals(List.of("www/vendor/keep.txt"),
                ContextScanner.entries(context, ignore, List.of("www/vendor")).stream().map(ContextEntry::relativePath).toList());
        assertEquals(List.of(), ContextScanner.entries(context, DockerIgnore.parse(List.of("www/vendor")), List.of("www/vendor")),
                "no exception: nothing");
        assertEquals(ContextScanner.scan(context, ignore, null).stream().filter(e -> e.relativePath().startsWith("www/vendor")).toList(),
                ContextScanner.entries(context, ignore, List.of("www/vendor")), "as the build's listing has them");
    }

    @Test
    void anUnreadableFileThatDockerignoreExcludesIsNoProblem() throws Exception {
        Path secret = context.resolve("secret.key");
        Files.writeString(secret, "s3cret");
        Files.writeString(context.resolve("Dockerfile"), "FROM x\n");
        Files.setPosixFilePermissions(secret, Set.of());
        List<ContextEntry> entries = ContextScanner.scan(context, DockerIgnore.parse(List.of("*.key")), null);
        assertEquals(List.of("Dockerfile"), entries.stream().map(ContextEntry::relativePath).toList());
    }

    @Test
    void listsFoldersFilesAndLinksSortedWithTheirModesAndSkipsWhatItMust() throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM x\n");
        Path bin = Files.createDirectories(context.resolve("b/bin"));
        Files.writeString(bin.resolve("run.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(bin.resolve("run.sh"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
        Files.createSymbolicLink(context.resolve("b/link"), Path.of("/etc/passwd"));
        Files.createDirectories(context.resolve("logs/keep"));
        Files.writeString(context.resolve("logs/a.log"), "x");
        Files.writeString(context.resolve("logs/keep/b.log"), "y");
        Path work = Files.createDirectories(context.resolve("target/dockerbox"));
        Files.writeString(work.resolve("context.hashes"), "changes every build");
        List<ContextEntry> entries = ContextScanner.scan(context, DockerIgnore.parse(List.of("logs", "!logs/keep")), work);
        assertEquals(List.of("Dockerfile", "b", "b/bin", "b/bin/run.sh", "b/link", "logs/keep", "logs/keep/b.log"),
                entries.stream().map(ContextEntry::relativePath).toList());
        ContextEntry script = entries.get(3);
        assertEquals(ContextEntry.Type.FILE, script.type());
        assertEquals(0750, script.mode());
        assertEquals(10, script.size());
        assertEquals(ContextEntry.Type.SYMLINK, entries.get(4).type());
        assertEquals("/etc/passwd", entries.get(4).linkTarget());
        assertEquals(ContextEntry.Type.DIRECTORY, entries.get(1).type());
    }

    @Test
    void aFolderThatHoldsNothingButTheWorkFolderIsNotSentAndOneWithTheUsersFilesIs() throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM x\n");
        Path work = context.resolve("target/dockerbox");
        List<String> before = paths(ContextScanner.scan(context, DockerIgnore.none(), work));
        // What the first build writes: target/ exists from then on, holding only dockerbox's own folder.
        Files.createDirectories(work.resolve("acme_site"));
        Files.writeString(work.resolve("acme_site/context.hashes"), "changes every build");
        assertEquals(before, paths(ContextScanner.scan(context, DockerIgnore.none(), work)));
        assertEquals(List.of("Dockerfile"), before);
        // The user's own build output next to it: target/ and the jar are inputs, the work folder still is not.
        Files.writeString(context.resolve("target/app.jar"), "jar");
        assertEquals(List.of("Dockerfile", "target", "target/app.jar"), paths(ContextScanner.scan(context, DockerIgnore.none(), work)));
        // Anything else of the user's in it, even excluded, makes it the folder docker build would send.
        Files.delete(context.resolve("target/app.jar"));
        Files.createDirectories(context.resolve("target/classes"));
        assertEquals(List.of("Dockerfile", "target"), paths(ContextScanner.scan(context, DockerIgnore.parse(List.of("target/classes")), work)));
    }

    @Test
    void theFoldersOnTheWayToADeeperWorkFolderAreNotSentWhileTheyHoldNothingElse() throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM x\n");
        Path work = Files.createDirectories(context.resolve("out/x/dockerbox"));
        assertEquals(List.of("Dockerfile"), paths(ContextScanner.scan(context, DockerIgnore.none(), work)));
        Files.writeString(context.resolve("out/notes.txt"), "the user's");
        assertEquals(List.of("Dockerfile", "out", "out/notes.txt"), paths(ContextScanner.scan(context, DockerIgnore.none(), work)));
    }

    private static List<String> paths(List<ContextEntry> entries) {
        return entries.stream().map(ContextEntry::relativePath).toList();
    }
}
