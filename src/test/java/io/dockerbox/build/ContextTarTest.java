package io.dockerbox.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.chain.ContextEntry;
import io.dockerbox.chain.ContextScanner;
import io.dockerbox.chain.DockerIgnore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context as the engine receives it. */
class ContextTarTest {
    @TempDir
    Path context;

    @Test
    void sendsEntriesAsTheyAreWithTheRenderedDockerfileAndNoExtendedHeaders() throws Exception {
        Path script = Files.createDirectories(context.resolve("bin")).resolve("run.sh");
        Files.writeString(script, "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setLastModifiedTime(script, FileTime.fromMillis(1_700_000_000_123L));
        Files.createSymbolicLink(context.resolve("bin/sh"), Path.of("run.sh"));
        List<ContextEntry> entries = ContextScanner.scan(context, DockerIgnore.none(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContextTar.write(entries, "FROM x\n", out);

        Map<String, TarArchiveEntry> read = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            TarArchiveEntry e;
            while ((e = tar.getNextTarEntry()) != null) {
                read.put(e.getName(), e);
                texts.put(e.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                // Docker's own tar writes no PAX header for such entries, and neither do we.
                assertTrue(e.getExtraPaxHeaders().isEmpty(), e.getName());
                assertEquals(0, e.getModTime().getTime() % 1000, "a PAX mtime with a fraction for " + e.getName());
            }
        }
        assertEquals(List.of("bin/", "bin/run.sh", "bin/sh", ".dockerignore", ContextTar.DOCKERFILE), List.copyOf(read.keySet()));
        TarArchiveEntry file = read.get("bin/run.sh");
        assertEquals(0755, file.getMode() & 07777);
        // Whole seconds: a fraction would have needed a PAX "mtime" record per file.
        assertEquals(1_700_000_000_000L, file.getModTime().getTime());
        assertEquals("#!/bin/sh\necho hi\n", texts.get("bin/run.sh"));
        assertTrue(read.get("bin/sh").isSymbolicLink());
        assertEquals("run.sh", read.get("bin/sh").getLinkName());
        assertEquals("FROM x\n", texts.get(ContextTar.DOCKERFILE));
    }

    @Test
    void oneFileIsOneHeaderAndItsData() throws Exception {
        Path file = context.resolve("a.txt");
        Files.writeString(file, "x".repeat(1024));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_999L));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContextTar.write(ContextScanner.scan(context, DockerIgnore.none(), null), "FROM x\n", out);
        byte[] tar = out.toByteArray();
        // Header of a.txt at 0, its 1024 bytes, then the .dockerignore's header at 1536: no extended header between.
        assertEquals('0', tar[156]);
        assertEquals("a.txt", new String(tar, 0, 5, StandardCharsets.US_ASCII));
        assertEquals(".dockerignore", new String(tar, 1536, ".dockerignore".length(), StandardCharsets.US_ASCII));
    }

    @Test
    void theTarHoldsWhatIsDigestedAndNothingOfDockerboxsOwn() throws Exception {
        Path work = Files.createDirectories(context.resolve("target/dockerbox/acme_site"));
        Files.writeString(work.resolve("context.hashes"), "written by the first build");
        Files.writeString(context.resolve("app.txt"), "x");
        List<ContextEntry> alone = ContextScanner.scan(context, DockerIgnore.none(), context.resolve("target/dockerbox"));
        assertEquals(List.of("app.txt", ".dockerignore", ContextTar.DOCKERFILE), names(alone));
        Files.writeString(context.resolve("target/app.jar"), "jar");
        List<ContextEntry> withJar = ContextScanner.scan(context, DockerIgnore.none(), context.resolve("target/dockerbox"));
        assertEquals(List.of("app.txt", "target/", "target/app.jar", ".dockerignore", ContextTar.DOCKERFILE), names(withJar));
    }

    @Test
    void theDockerfileIsNamedInTheDockerignoreSentSoTheEngineDropsItFromTheContext() throws Exception {
        Files.writeString(context.resolve("app.txt"), "x");
        assertEquals(".dockerignore\n" + ContextTar.DOCKERFILE + "\n", texts(context).get(".dockerignore"));
        // The user's rules are kept, and the Dockerfile's name comes last, so no exception of theirs brings it back.
        Files.writeString(context.resolve(".dockerignore"), "*.log\n!.dockerbox*");
        Map<String, String> sent = texts(context);
        assertEquals("*.log\n!.dockerbox*\n" + ContextTar.DOCKERFILE + "\n", sent.get(".dockerignore"));
        assertEquals(List.of("app.txt", ".dockerignore", ContextTar.DOCKERFILE), List.copyOf(sent.keySet()));
    }

    private static Map<String, String> texts(Path context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContextTar.write(ContextScanner.scan(context, DockerIgnore.none(), null), "FROM x\n", out);
        Map<String, String> texts = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (TarArchiveEntry e = tar.getNextTarEntry(); e != null; e = tar.getNextTarEntry()) {
                texts.put(e.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /** The names in the tar written from these entries, which are the entries the digest is made of. */
    private static List<String> names(List<ContextEntry> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContextTar.write(entries, "FROM x\n", out);
        List<String> names = new java.util.ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (TarArchiveEntry e = tar.getNextTarEntry(); e != null; e = tar.getNextTarEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
