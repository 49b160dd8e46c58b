package io.dockerbox.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.VolumeMount;
import io.dockerbox.config.WaitConfig;
import io.dockerbox.config.WatchConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a changed path means: a sync into the run's container, a rebuild of the boxes that have it
 * among their inputs, the POM, or nothing (target/dockerbox/, excluded files, bind-mounted folders).
 * The project: a base box in boxes/base, and the site box whose context is the project folder.
 */
class InputMapTest {
    @TempDir
    Path project;
    private BoxConfig base;
    private BoxConfig site;
    private WatchConfig.Sync www;
    private RunConfig run;
    private InputMap map;

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(project.resolve("boxes/base"));
        Files.createDirectories(project.resolve("src/main/dockerbox"));
        Files.createDirectories(project.resolve("source/www"));
        Files.writeString(project.resolve(".dockerignore"), "*\n!source\n!src/main/dockerbox\nsource/**/*.swp\n");
        base = new BoxConfig("acme/base", "debian", project.resolve("boxes/base"), project.resolve("boxes/base"), Map.of());
        site = new BoxConfig("acme/site", "acme/base", project.resolve("src/main/dockerbox"), project, Map.of());
        www = new WatchConfig.Sync("source/www", project.resolve("source/www"), "/source/www", null, false);
        run = new RunConfig("site", "acme/site", List.of(), List.of(new VolumeMount(VolumeMount.Kind.HOST_FOLDER,
                project.resolve("source/data").toString(), "/data", null, "./source/data:/data")), Map.of(), null, WaitConfig.none(), false,
                List.of(), 10, new WatchConfig(List.of(www)));
        map = new InputMap(List.of(base, site), List.of(run), project, project.resolve("target/dockerbox"), Map.of());
    }

    /** A map that reads the .dockerignore files as they are now. */
    private InputMap fresh() {
        return new InputMap(List.of(base, site), List.of(run), project, project.resolve("target/dockerbox"), Map.of());
    }

    private Plan plan(String... paths) {
        return map.plan(new ChangeBatch(Set.of(paths).stream().map(project::resolve).collect(java.util.stream.Collectors.toSet()), false, 0));
    }

    @Test
    void anEditBelowASyncFolderIsSyncedIntoTheRunsContainerAndRebuildsNothing() {
        Plan plan = plan("source/www/index.php", "source/www/css/site.css");
        assertEquals(Map.of(run, Map.of(www, Set.of("source/www/index.php", "source/www/css/site.css"))), plan.syncs());
        assertEquals(Map.of(), plan.rebuilds());
    }

    @Test
    void anyOtherInputOfABoxRebuildsThatBox() {
        Plan plan = plan("src/main/dockerbox/site.nginx", "source/other.txt");
        assertEquals(Map.of("acme/site", Set.of("src/main/dockerbox/site.nginx", "source/other.txt")), plan.rebuilds());
        assertEquals(Map.of(), plan.syncs());
    }

    @Test
    void anEditInAParentsFolderRebuildsTheParent() {
        assertEquals(Set.of("acme/base"), plan("boxes/base/box.cnf").rebuilds().keySet());
    }

    @Test
    void theTemplateIsAnInputEvenWhereTheDockerignoreWouldExcludeIt() throws Exception {
        Files.writeString(project.resolve("boxes/base/.dockerignore"), "*\n");
        Plan plan = fresh().plan(new ChangeBatch(Set.of(project.resolve("boxes/base/Dockerfile.ftl"), project.resolve("boxes/base/notes.txt")),
                false, 0));
        assertEquals(Map.of("acme/base", Set.of("boxes/base/Dockerfile.ftl")), plan.rebuilds());
    }

    @Test
    void excludedFilesTheWorkFolderAndBoundFoldersAreNoInputs() {
        assertTrue(plan("README.md", "target/dockerbox/acme_site/Dockerfile", "target/classes/A.class", "source/www/.index.php.swp",
                "source/data/db.sqlite").nothing());
    }

    @Test
    void anExcludedFolderWithAnExceptionBelowItCountsSinceItMayBeMadeOrRemovedWhole() throws Exception {
        Files.writeString(project.resolve(".dockerignore"), "*\n!source\nsource/www/vendor\n!source/www/vendor/keep.txt\n");
        Plan plan = fresh().plan(new ChangeBatch(Set.of(project.resolve("source/www/vendor"), project.resolve("source/www/vendor/big.js")),
                false, 0));
        assertEquals(Map.of(run, Map.of(www, Set.of("source/www/vendor"))), plan.syncs(), "the folder, not the excluded file in it");
    }

    @Test
    void thePomIsSaidNotActedOn() {
        Plan plan = plan("pom.xml");
        assertTrue(plan.pom());
        assertEquals(Map.of(), plan.rebuilds());
    }

    @Test
    void aChangedDockerignoreRebuildsAndDecidesFromThenOn() throws Exception {
        Files.createDirectories(project.resolve("vendor"));
        assertTrue(map.skips(project.resolve("vendor")), "excluded: not watched");
        Files.writeString(project.resolve(".dockerignore"), "*\n!source\n!src/main/dockerbox\n!README.md\n!vendor\n");
        Plan changed = plan(".dockerignore");
        assertEquals(Set.of("acme/site"), changed.rebuilds().keySet());
        assertTrue(changed.ignoreChanged(), "the loop looks for the folders to watch again");
        assertFalse(map.skips(project.resolve("vendor")), "an input now: watched from then on");
        assertEquals(Set.of("acme/site"), plan("README.md").rebuilds().keySet());
        assertFalse(plan("README.md").ignoreChanged());
    }

    @Test
    void lostEventsMeanEveryBoxMayHaveChanged() {
        Plan plan = map.plan(new ChangeBatch(Set.of(), true, 0));
        assertEquals(Set.of("acme/base", "acme/site"), plan.rebuilds().keySet());
    }

    @Test
    void foldersWithoutInputsAreNotWatchedAtAll() {
        assertTrue(map.skips(project.resolve("target")));
        assertTrue(map.skips(project.resolve("target/dockerbox")));
        assertTrue(map.skips(project.resolve("source/data")));
        assertFalse(map.skips(project.resolve("source")));
        assertFalse(map.skips(project.resolve("src")), "src/main/dockerbox below it comes back with !");
        assertFalse(map.skips(project.resolve("boxes/base")));
    }

    @Test
    void theFoldersOnTheWayToTheTemplateAreWatchedWhereTheDockerignoreExcludesThem() throws Exception {
        // .dockerignore excludes src, with no exception for the template folder inside it.
        Files.writeString(project.resolve(".dockerignore"), "src\n");
        Files.createDirectories(project.resolve("src/test"));
        InputMap excluding = new InputMap(List.of(site), List.of(), project, project.resolve("target/dockerbox"), Map.of());
        assertFalse(excluding.skips(project.resolve("src")));
        assertFalse(excluding.skips(project.resolve("src/main")));
        assertFalse(excluding.skips(project.resolve("src/main/dockerbox")));
        assertTrue(excluding.skips(project.resolve("src/test")), "excluded, and no template below it");
        assertEquals(Map.of("acme/site", Set.of("src/main/dockerbox/Dockerfile.ftl")), excluding.plan(new ChangeBatch(
                Set.of(project.resolve("src/main/dockerbox/Dockerfile.ftl"), project.resolve("src/test/T.java")), false, 0)).rebuilds());
    }

    @Test
    void theRootsAreTheContextsAndTemplateFoldersNoneInsideAnother() {
        assertEquals(List.of(project.toAbsolutePath().normalize()), map.roots());
        assertEquals(List.of(project.resolve("source/data").toAbsolutePath().normalize()), map.boundInputs());
    }

    @Test
    void aChangeIsNamedRelativeToTheProject() {
        assertEquals(Set.of("src/main/dockerbox/site.nginx"), plan("src/main/dockerbox/site.nginx").shown());
        assertEquals("a, b, c", Plan.describe(new java.util.TreeSet<>(List.of("a", "b", "c"))));
        assertEquals("a, b and 2 more", Plan.describe(new java.util.TreeSet<>(List.of("a", "b", "c", "d"))));
    }
}
