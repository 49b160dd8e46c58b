package io.dockerbox.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigValidationTest {
    @TempDir
    Path basedir;

    private ProjectInfo project;

    @BeforeEach
    void boxDirectories() throws IOException {
        for (String dir : List.of("base", "dev", "site")) {
            Files.createDirectories(basedir.resolve(dir));
            Files.writeString(basedir.resolve(dir).resolve("Dockerfile.ftl"), "FROM ${from}\n");
        }
        project = new ProjectInfo("g", "a", "1", basedir, basedir.resolve("target"), Map.of());
    }

    private static RawBox box(String name, String from, String dir) {
        return new RawBox(name, from, dir == null ? null : Path.of(dir), null, Map.of());
    }

    private DockerboxConfig validate(List<RawBox> boxes, String target, String from) throws ConfigException {
        return ConfigValidator.validate(Map.of("dbName", "project"), boxes, project, target, from);
    }

    @Test
    void aValidChainTargetsTheLastBoxWithContextDefaultingToItsDirectory() throws ConfigException {
        DockerboxConfig config = validate(List.of(box("acme/base", "debian:bookworm", "base"), box("acme/dev", "acme/base", "dev"),
                box("acme/site", "acme/dev", "site")), null, null);
        assertEquals("acme/site", config.target().name());
        assertEquals(basedir.resolve("site"), config.target().directory());
        assertEquals(config.target().directory(), config.target().context());
        assertEquals("project", config.settings().get("dbName"));
    }

    @Test
    void fromOverrideAppliesToTheTargetBoxOnly() throws ConfigException {
        DockerboxConfig config = validate(List.of(box("acme/base", "debian:bookworm", "base"), box("acme/dev", "acme/base", "dev"),
                box("acme/site", "acme/dev", "site")), null, "acme/base");
        assertEquals("acme/base", config.target().from());
        assertEquals("acme/base", config.box("acme/dev").orElseThrow().from());
    }

    @Test
    void aBoxWithoutDirectoryIsPullOnlyAndStillAParentInTheChain() throws ConfigException {
        DockerboxConfig config = validate(List.of(new RawBox("localhost:5000/acme/base", null, null, null, null),
                box("acme/site", "localhost:5000/acme/base", "site")), null, null);
        assertTrue(config.box("localhost:5000/acme/base").orElseThrow().pullOnly());
        assertEquals(2, io.dockerbox.chain.Chain.of(config).size());
        ConfigException e = assertThrows(ConfigException.class, () -> validate(List.of(
                new RawBox("localhost:5000/acme/base", null, null, Path.of("ctx"), Map.of("A", "1"))), null, null));
        assertTrue(e.getMessage().contains("<context> without <directory>"), e.getMessage());
        assertTrue(e.getMessage().contains("<buildArgs> without <directory>"), e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ConfigException e = assertThrows(ConfigException.class, () -> validate(List.of(
                box(null, null, null),
                box("acme/nodir", "debian:bookworm", null),
                box("Acme/Upper", "debian:bookworm", "base"),
                box("acme/tagged:1", "bad from!", "base"),
                box("acme/missing", "debian:bookworm", "nowhere"),
                box("acme/dup", "debian:bookworm", "base"),
                box("acme/dup", "debian:bookworm", "dev")), null, null));
        List<String> p = e.problems();
        assertTrue(p.stream().anyMatch(s -> s.contains("<boxes><box>[1]: <name> is missing")), e.getMessage());
        assertTrue(p.stream().anyMatch(s -> s.contains("'acme/nodir': <from> without <directory>")), e.getMessage());
        assertTrue(p.stream().anyMatch(s -> s.contains("<name> 'Acme/Upper' is not a valid image repository name")), e.getMessage());
        assertTrue(p.stream().anyMatch(s -> s.contains("<name> 'acme/tagged:1' is not a valid image repository name")), e.getMessage());
        assertTrue(p.stream().anyMatch(s -> s.contains("<from> 'bad from!' is not a valid image reference")), e.getMessage());
        assertTrue(p.stream().anyMatch(s -> s.contains("nowhere does not exist")), e.getMessage());
        assertTrue(p.stream().anyMatch(s -> s.contains("the name 'acme/dup' is used by more than one <box>")), e.getMessage());
        assertTrue(e.getMessage().startsWith(p.size() + " problems in the dockerbox configuration"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutDockerfileOrTemplateIsRejected() throws IOException {
        Files.createDirectories(basedir.resolve("empty"));
        ConfigException e = assertThrows(ConfigException.class, () -> validate(List.of(box("acme/x", "debian:bookworm", "empty")), null, null));
        assertTrue(e.getMessage().contains("has neither Dockerfile.ftl nor Dockerfile"), e.getMessage());
    }

    @Test
    void aMissingContextIsRejected() {
        RawBox raw = new RawBox("acme/x", "debian:bookworm", Path.of("base"), Path.of("no-context"), Map.of());
        ConfigException e = assertThrows(ConfigException.class, () -> validate(List.of(raw), null, null));
        assertTrue(e.getMessage().contains("<context>") && e.getMessage().contains("no-context does not exist"), e.getMessage());
    }

    @Test
    void cyclesAreNamedOnceEach() {
        ConfigException e = assertThrows(ConfigException.class, () -> validate(List.of(box("acme/a", "acme/b", "base"),
                box("acme/b", "acme/a", "dev"), box("acme/self", "acme/self", "site")), null, null));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("cycle: acme/a -> acme/b -> acme/a"), e.getMessage());
        assertTrue(e.getMessage().contains("cycle: acme/self -> acme/self"), e.getMessage());
    }

    @Test
    void unknownTargetBoxAndInvalidFromOverrideAreNamed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> validate(List.of(box("acme/base", "debian:bookworm", "base")), "acme/nope", null));
        assertTrue(e.getMessage().contains("dockerbox.box: 'acme/nope' is not a box of <boxes>; known boxes: acme/base"), e.getMessage());
        ConfigException f = assertThrows(ConfigException.class,
                () -> validate(List.of(box("acme/base", "debian:bookworm", "base")), null, "Not Valid"));
        assertTrue(f.getMessage().contains("dockerbox.from: 'Not Valid' is not a valid image reference"), f.getMessage());
    }

    @Test
    void noBoxesAtAllSaysWhatToAdd() {
        ConfigException e = assertThrows(ConfigException.class, () -> validate(List.of(), null, null));
        assertTrue(e.getMessage().contains("no <boxes> configured"), e.getMessage());
    }

    @Test
    void imageReferencesFollowDockersGrammar() {
        for (String ok : List.of("debian:bookworm", "localhost:5000/acme/box:1", "acme/site", "a.b_c-d/e__f",
                "busybox@sha256:" + "a".repeat(64))) {
            assertTrue(ImageReference.isReference(ok), ok);
        }
        for (String bad : List.of("Acme/x", "a b", "a:", "-a", "a/", "")) {
            assertFalse(ImageReference.isReference(bad), bad);
        }
        assertFalse(ImageReference.isRepository("acme/site:1"));
    }

    @Test
    void secretSettingsAreRecognisedByName() {
        assertTrue(Secrets.isSecretName("dbPassword"));
        assertTrue(Secrets.isSecretName("apiToken"));
        assertTrue(Secrets.isSecretName("sshKey"));
        assertFalse(Secrets.isSecretName("dbName"));
    }

    @Test
    void boxNamesWithUpperCaseOrSpacesAreNoImageReferences() {
        ConfigException e = assertThrows(ConfigException.class, () -> validate(List.of(box("Acme/Site", "debian:bookworm", "base"),
                box("acme/my site", "debian:bookworm", "dev"), box("acme/site", "Debian:Bookworm", "site")), null, null));
        assertEquals(List.of(
                "<boxes><box>[1] 'Acme/Site': <name> 'Acme/Site' is not a valid image repository name: use lower-case letters, digits"
                        + " and the separators . _ - with optional path components, e.g. acme/site (no tag: versions are added as tags)",
                "<boxes><box>[2] 'acme/my site': <name> 'acme/my site' is not a valid image repository name: use lower-case letters,"
                        + " digits and the separators . _ - with optional path components, e.g. acme/site (no tag: versions are added as tags)",
                "<boxes><box>[3] 'acme/site': <from> 'Debian:Bookworm' is not a valid image reference (lower-case letters, digits and"
                        + " the separators . _ - with optional path components, e.g. acme/site, optional :tag)"), e.problems());
    }

    @Test
    void blankNamesFromsAndSettingsAreMissingValues() {
        Map<String, String> settings = new java.util.HashMap<>();
        settings.put("dbName", null);
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigValidator.validate(settings,
                List.of(box("  ", "debian:bookworm", "base"), box("acme/site", " ", "site")), project, null, null));
        assertEquals(List.of(
                "<boxes><box>[1]: <name> is missing; give the image repository this box builds, e.g. <name>acme/site</name>",
                "<boxes><box>[2] 'acme/site': <from> is missing; name the image this box builds on, e.g. <from>debian:bookworm</from>",
                "<settings><dbName>: has no value; give it one or remove it"), e.problems());
    }

    @Test
    void buildMakesTheTargetAndTheBoxOfEveryRunOnce() throws ConfigException {
        DockerboxConfig config = validate(List.of(box("acme/base", "debian:bookworm", "base"), box("acme/dev", "debian:bookworm", "dev"),
                box("acme/site", "acme/base", "site")), null, null);
        assertEquals(List.of("acme/site", "acme/dev"), names(config.buildTargets(List.of("acme/dev"))), "a single <run><box>");
        assertEquals(List.of("acme/site", "acme/dev"), names(config.buildTargets(java.util.Arrays.asList(null, " acme/dev ", "acme/site",
                "acme/dev", "acme/elsewhere"))), "no <box> is the target; each box once; one that is no box of <boxes> is start's to find");
        assertEquals(List.of("acme/site"), names(config.buildTargets(List.of())));
    }

    private static List<String> names(List<BoxConfig> boxes) {
        return boxes.stream().map(BoxConfig::name).toList();
    }
}
