package io.dockerbox.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDigestStabilityTest {
    @TempDir
    Path context;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(context.resolve("www"));
        Files.writeString(context.resolve("www/index.php"), "<?php echo 1;");
        Files.writeString(context.resolve("run.sh"), "#!/bin/sh\n");
    }

    private String digest(String dockerfile, Map<String, String> args, String parent) throws IOException {
        return InputDigest.of(dockerfile, args, ContextScanner.scan(context, DockerIgnore.none(), null), parent, HashCache.none());
    }

    private String digest() throws IOException {
        return digest("FROM a:1\n", Map.of("X", "1"), "sha256:p");
    }

    @Test
    void sameInputsGiveTheSameDigest() throws IOException {
        assertEquals(digest(), digest());
        assertTrue(digest().matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void eachInputChangesTheDigest() throws IOException {
        String before = digest();
        assertNotEquals(before, digest("FROM a:2\n", Map.of("X", "1"), "sha256:p"), "Dockerfile");
        assertNotEquals(before, digest("FROM a:1\n", Map.of("X", "2"), "sha256:p"), "build arg");
        assertNotEquals(before, digest("FROM a:1\n", Map.of("X", "1"), "sha256:q"), "parent id");
        Files.writeString(context.resolve("www/index.php"), "<?php echo 2;");
        String content = digest();
        assertNotEquals(before, content, "content");
        Files.setPosixFilePermissions(context.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        String mode = digest();
        assertNotEquals(content, mode, "mode");
        Files.move(context.resolve("run.sh"), context.resolve("start.sh"));
        assertNotEquals(mode, digest(), "path");
    }

    @Test
    void touchingAFileWithoutChangingItKeepsTheDigest() throws IOException {
        String before = digest();
        Files.setLastModifiedTime(context.resolve("www/index.php"), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        assertEquals(before, digest());
    }

    @Test
    void ignoredFilesAreNotInputs() throws Exception {
        DockerIgnore ignore = DockerIgnore.parse(List.of("*.log"));
        String before = InputDigest.of("FROM a\n", Map.of(), ContextScanner.scan(context, ignore, null), "p", HashCache.none());
        Files.writeString(context.resolve("build.log"), "noise");
        assertEquals(before, InputDigest.of("FROM a\n", Map.of(), ContextScanner.scan(context, ignore, null), "p", HashCache.none()));
    }

    @Test
    void theScanIsSortedSkipsTheWorkFolderAndKeepsLinksAsLinks() throws IOException {
        Files.createDirectories(context.resolve("target/dockerbox"));
        Files.writeString(context.resolve("target/dockerbox/Dockerfile"), "changes every build");
        Files.createSymbolicLink(context.resolve("link"), Path.of("/etc/passwd"));
        List<ContextEntry> entries = ContextScanner.scan(context, DockerIgnore.none(), context.resolve("target/dockerbox"));
        List<String> paths = entries.stream().map(ContextEntry::relativePath).toList();
        assertEquals(List.of("link", "run.sh", "www", "www/index.php"), paths);
        ContextEntry link = entries.get(0);
        assertEquals(ContextEntry.Type.SYMLINK, link.type());
        assertEquals("/etc/passwd", link.linkTarget());
    }

    @Test
    void whatTheFirstBuildWritesForItselfDoesNotMakeTheSecondBuildNew() throws Exception {
        Path work = context.resolve("target/dockerbox");
        DockerIgnore ignore = DockerIgnore.parse(List.of("ignored/"));
        String first = InputDigest.of("FROM a\n", Map.of(), ContextScanner.scan(context, ignore, work), "p", HashCache.none());
        Files.createDirectories(work.resolve("acme_site"));
        Files.writeString(work.resolve("acme_site/context.hashes"), "written by the first build");
        assertEquals(first, InputDigest.of("FROM a\n", Map.of(), ContextScanner.scan(context, ignore, work), "p", HashCache.none()));
        Files.writeString(context.resolve("target/app.jar"), "the user's build output");
        assertNotEquals(first, InputDigest.of("FROM a\n", Map.of(), ContextScanner.scan(context, ignore, work), "p", HashCache.none()),
                "COPY target/app.jar: the user's files in target/ are inputs");
    }

    @Test
    void theHashCacheReadsNoFileTwiceOnceItsTimesAreSettled() throws IOException {
        Instant old = Instant.now().minusSeconds(60);
        for (String f : List.of("www/index.php", "run.sh")) {
            Files.setLastModifiedTime(context.resolve(f), FileTime.from(old));
        }
        Path cacheFile = context.getParent().resolve(context.getFileName() + "-hashes");
        HashCache first = HashCache.load(cacheFile);
        String a = InputDigest.of("FROM a\n", Map.of(), ContextScanner.scan(context, DockerIgnore.none(), null), "p", first);
        first.save();
        assertEquals(2, first.filesHashed());
        HashCache second = HashCache.load(cacheFile);
        String b = InputDigest.of("FROM a\n", Map.of(), ContextScanner.scan(context, DockerIgnore.none(), null), "p", second);
        assertEquals(a, b);
        assertEquals(0, second.filesHashed(), "an unchanged context is not read again");
        FileTime written = Files.getLastModifiedTime(cacheFile);
        Files.setLastModifiedTime(cacheFile, FileTime.from(old));
        second.save();
        assertEquals(FileTime.from(old), Files.getLastModifiedTime(cacheFile), "an unchanged record is not written again");
        Files.setLastModifiedTime(cacheFile, written);
        Files.writeString(context.resolve("run.sh"), "#!/bin/sx\n");
        HashCache third = HashCache.load(cacheFile);
        assertNotEquals(a, InputDigest.of("FROM a\n", Map.of(), ContextScanner.scan(context, DockerIgnore.none(), null), "p", third));
        assertEquals(1, third.filesHashed(), "the changed file, same size, is read again");
    }

    @Test
    void aCorruptCacheIsIgnored() throws IOException {
        Path cacheFile = context.getParent().resolve("corrupt-hashes");
        Files.writeString(cacheFile, "dockerbox-hash-cache v1 notanumber\ngarbage");
        HashCache cache = HashCache.load(cacheFile);
        InputDigest.of("FROM a\n", Map.of(), ContextScanner.scan(context, DockerIgnore.none(), null), "p", cache);
        assertEquals(2, cache.filesHashed());
    }
}
