package io.dockerbox.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's <watch><sync>: a folder of the run box's build context and an absolute target, every problem named with its XML path. */
class WatchValidatorTest {
    @TempDir
    Path project;
    private Map<String, Path> contexts;

    @BeforeEach
    void context() throws Exception {
        Files.createDirectories(project.resolve("source/www/img"));
        Files.writeString(project.resolve("source/readme.txt"), "x");
        contexts = Map.of("acme/site", project);
    }

    private static RawRun run(RawRun.RawSync... syncs) {
        return new RawRun(null, null, null, null, null, null, null, null, null, null, new RawRun.RawWatch(List.of(syncs)));
    }

    private List<RunConfig> validate(RawRun... runs) throws ConfigException {
        return RunValidator.validate(List.of(runs), "acme/site", "site", project, false, contexts);
    }

    @Test
    void aSyncIsAFolderOfTheContextAndWhereItsCopyLives() throws Exception {
        WatchConfig watch = validate(run(new RawRun.RawSync("source/www/", "/source/www/", " supervisorctl restart php-fpm ", "true")))
                .get(0).watch();
        assertEquals(List.of(new WatchConfig.Sync("source/www", project.resolve("source/www"), "/source/www", "supervisorctl restart php-fpm",
                true)), watch.syncs());
        assertEquals("/source/www/img/a.png", watch.syncs().get(0).targetOf("source/www/img/a.png"));
    }

    @Test
    void everyProblemIsNamedWithItsPathTheValueAndTheFix() {
        ConfigException e = assertThrows(ConfigException.class, () -> validate(run(
                new RawRun.RawSync(null, "www", null, "yes"),
                new RawRun.RawSync("../elsewhere", "/x", null, null),
                new RawRun.RawSync("source/readme.txt", "/y/../z", null, null),
                new RawRun.RawSync("source/wwww", "/", null, null))));
        assertEquals(List.of(
                "<run>: <watch><sync>[1]: <path> is missing; name a folder of the build context of " + project + ", e.g. <path>source/www</path>",
                "<run>: <watch><sync>[1]: <target> 'www' must be an absolute folder in the container other than /, without .. (e.g. /source/www)",
                "<run>: <watch><sync>[1]: <restart> 'yes' is neither true nor false",
                "<run>: <watch><sync>[2]: <path> '../elsewhere' is not a folder inside the build context " + project
                        + " of acme/site; name one relative to it, e.g. <path>source/www</path>",
                "<run>: <watch><sync>[3]: <path> 'source/readme.txt' is not a folder: " + project.resolve("source/readme.txt")
                        + " is a file; name a folder of the build context " + project + " of acme/site",
                "<run>: <watch><sync>[3]: <target> '/y/../z' must be an absolute folder in the container other than /, without .. (e.g. /source/www)",
                "<run>: <watch><sync>[4]: <path> 'source/wwww' is not a folder: " + project.resolve("source/wwww")
                        + " does not exist; name a folder of the build context " + project + " of acme/site",
                "<run>: <watch><sync>[4]: <target> '/' must be an absolute folder in the container other than /, without .. (e.g. /source/www)"),
                e.problems());
    }

    @Test
    void twoSyncsOfOneFolderOverlap() {
        ConfigException e = assertThrows(ConfigException.class, () -> validate(run(
                new RawRun.RawSync("source/www", "/a", null, null), new RawRun.RawSync("source/www/img", "/b", null, null))));
        assertEquals(List.of("<run>: <watch><sync>[2]: <path> 'source/www/img' overlaps <path> 'source/www' of another <sync>; give each"
                + " folder to one <sync>"), e.problems());
    }

    @Test
    void onlyABoxBuiltHereCanBeSynced() {
        ConfigException e = assertThrows(ConfigException.class, () -> RunValidator.validate(List.of(
                new RawRun(null, "acme/db", null, null, null, null, null, null, null, null,
                        new RawRun.RawWatch(List.of(new RawRun.RawSync("data", "/data", null, null))))), "acme/site", "site", project, false, contexts));
        assertEquals(List.of("<run>: <watch><sync> needs a box that is built here, but 'acme/db' is not a box of <boxes> with a <directory>;"
                + " sync the folders of a box of the project, or remove <watch>"), e.problems());
    }

    @Test
    void goalsThatDoNotWatchDoNotLookAtTheFolders() throws Exception {
        List<RunConfig> runs = RunValidator.validate(List.of(run(new RawRun.RawSync("not/there", "/x", null, null))), "acme/site", "site",
                project, false);
        assertEquals("not/there", runs.get(0).watch().syncs().get(0).path());
    }
}
