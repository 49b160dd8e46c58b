package io.dockerbox.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dockerbox.chain.ContextScanner;
import io.dockerbox.chain.DockerIgnore;
import io.dockerbox.engine.SessionFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoxSessionFilesTest {
    @TempDir
    Path dir;
    private BoxSessionFiles files;

    @BeforeEach
    void context() throws Exception {
        Path box = Files.createDirectories(dir.resolve("box"));
        Files.writeString(box.resolve(".dockerignore"), "secret.txt\n");
        Files.writeString(box.resolve("secret.txt"), "never listed");
        Files.createDirectories(box.resolve("www/img"));
        Files.writeString(box.resolve("www/index.html"), "hi");
        Files.writeString(box.resolve("www/img/a.png"), "png");
        Files.writeString(box.resolve("www/notes.md"), "md");
        Files.writeString(box.resolve("run.sh"), "#!/bin/sh");
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "FROM x\n");
        files = new BoxSessionFiles(ContextScanner.scan(box, DockerIgnore.load(box), null), dockerfile);
    }

    private List<String> paths(String folder, List<String> include, List<String> exclude, List<String> follow) throws IOException {
        return files.list(folder, include, exclude, follow).stream().map(SessionFiles.Entry::path).sorted().toList();
    }

    @Test
    void theContextIsTheListingTheDigestWasTakenOf() throws IOException {
        assertEquals(List.of(".dockerignore", "run.sh", "www", "www/img", "www/img/a.png", "www/index.html", "www/notes.md"),
                paths("context", List.of(), List.of(), List.of()));
    }

    @Test
    void followedPathsBringTheirFoldersAndWhatIsBelowThem() throws IOException {
        assertEquals(List.of(".dockerignore"), paths("context", List.of(), List.of(), List.of(".dockerignore")));
        assertEquals(List.of("www", "www/img", "www/img/a.png"), paths("context", List.of(), List.of(), List.of("www/img")));
        assertEquals(List.of(), paths("context", List.of(), List.of(), List.of("missing")));
    }

    @Test
    void excludePatternsAreDockerignoreLinesAndIncludePatternsSelect() throws IOException {
        assertEquals(List.of(".dockerignore", "run.sh", "www", "www/img", "www/img/a.png", "www/index.html"),
                paths("context", List.of(), List.of("**/*.md"), List.of()));
        assertEquals(List.of("www", "www/index.html", "www/notes.md"), paths("context", List.of("www/*.*"), List.of(), List.of()));
        assertEquals(List.of("www", "www/index.html"), paths("context", List.of("www/*.*"), List.of("*.md", "www/*.md"), List.of()));
        IOException bad = assertThrows(IOException.class, () -> paths("context", List.of(), List.of("["), List.of()));
        assertEquals(true, bad.getMessage().startsWith("BuildKit sent exclude-patterns that cannot be read: "), bad.getMessage());
    }

    @Test
    void theDockerfileFolderHoldsOnlyTheRenderedDockerfile() throws IOException {
        List<SessionFiles.Entry> entries = files.list("dockerfile", List.of(), List.of(), List.of("Dockerfile", "Dockerfile.dockerignore"));
        assertEquals(1, entries.size());
        assertEquals("Dockerfile", entries.get(0).path());
        assertEquals(dir.resolve("Dockerfile"), entries.get(0).file());
        assertEquals(7, entries.get(0).size());
        assertEquals(List.of(), paths("other", List.of(), List.of(), List.of()));
    }
}
