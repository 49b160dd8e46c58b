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
 * Unreadable context entries. Root reads every file whatever its mode, so as root (as in some CI
 * containers) these tests are skipped by their assumption: there is nothing to refuse.
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
    void anUnreadableFileThatDockerignoreExcludesIsNoProblem() throws Exception {
        Path secret = context.resolve("secret.key");
        Files.writeString(secret, "s3cret");
        Files.writeString(context.resolve("Dockerfile"), "FROM x\n");
        Files.setPosixFilePermissions(secret, Set.of());
        List<ContextEntry> entries = ContextScanner.scan(context, DockerIgnore.parse(List.of("*.key")), null);
        assertEquals(List.of("Dockerfile"), entries.stream().map(ContextEntry::relativePath).toList());
    }
}
