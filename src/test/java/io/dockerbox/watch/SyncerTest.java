package io.dockerbox.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.box.Lease;
import io.dockerbox.box.Owner;
import io.dockerbox.chain.DockerIgnore;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.WaitConfig;
import io.dockerbox.config.WatchConfig;
import io.dockerbox.engine.InMemoryEngine;
import io.dockerbox.log.RecordingOutput;
import io.dockerbox.run.RunException;
import io.dockerbox.run.RunService;
import io.dockerbox.run.StartedContainer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sync: what changed goes into the container as one tar, named where the copy lives; what is gone is removed there. */
class SyncerTest {
    @TempDir
    Path context;
    private final InMemoryEngine engine = new InMemoryEngine();
    private final RecordingOutput out = new RecordingOutput();
    private StartedContainer container;
    private Syncer syncer;

    @BeforeEach
    void started() throws Exception {
        Files.createDirectories(context.resolve("www/css"));
        Files.writeString(context.resolve("www/index.php"), "<?php echo 2;");
        Files.writeString(context.resolve("www/css/site.css"), "body {}");
        Files.writeString(context.resolve("www/.index.php.swp"), "editor");
        engine.addImage("acme/site:latest", Map.of());
        RunService runs = new RunService(engine, out);
        ProjectInfo project = new ProjectInfo("g", "site", "1", context, context.resolve("target"), Map.of());
        RunConfig run = new RunConfig("site", "acme/site", List.of(), List.of(), Map.of(), null, WaitConfig.none(), false, List.of(), 10);
        container = runs.start(project, List.of(run), "r1", true, Map.of(), runs.cleanup(project), new Lease("l1", Owner.current("here"))).get(0);
        syncer = new Syncer(engine, runs, out);
    }

    private static WatchConfig.Sync sync(String exec) {
        return new WatchConfig.Sync("www", null, "/srv/www", exec, false);
    }

    private List<String> tarNames() throws Exception {
        List<String> names = new ArrayList<>();
        try (var tar = new TarArchiveInputStream(new ByteArrayInputStream(engine.written.get(container.id() + "/")))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                names.add(e.getName() + (e.isFile() ? "=" + new String(tar.readAllBytes(), StandardCharsets.UTF_8) : ""));
            }
        }
        return names;
    }

    @Test
    void changedFilesAndFoldersGoInOneTarNamedFromTheContainersRoot() throws Exception {
        Syncer.Result result = syncer.sync(container, context, DockerIgnore.parse(List.of("**/*.swp")), sync(null),
                Set.of("www/index.php", "www/css", "www/.index.php.swp"), Map.of());
        assertEquals(List.of("srv/www/css/", "srv/www/css/site.css=body {}", "srv/www/index.php=<?php echo 2;"), tarNames());
        assertEquals(new Syncer.Result(3, 0, container), result);
        assertTrue(engine.calls().stream().noneMatch(c -> c.startsWith("exec")), engine.calls()::toString);
    }

    @Test
    void whatIsGoneIsRemovedByOneRmOfExactlyThosePathsThenTheExecRuns() throws Exception {
        Syncer.Result result = syncer.sync(container, context, DockerIgnore.none(), sync("kill -USR2 1"),
                Set.of("www/old.php", "www/old dir"), Map.of());
        assertEquals(new Syncer.Result(0, 2, container), result);
        List<String> execs = engine.calls().stream().filter(c -> c.startsWith("exec")).toList();
        assertEquals(List.of("exec " + container.name() + " rm -rf -- /srv/www/old dir /srv/www/old.php",
                "exec " + container.name() + " /bin/sh -c kill -USR2 1"), execs);
    }

    @Test
    void anRmThatFailsIsSaid() {
        engine.execExit(1);
        RunException e = assertThrows(RunException.class, () -> syncer.sync(container, context, DockerIgnore.none(), sync(null),
                Set.of("www/old.php"), Map.of()));
        assertEquals(container.name() + ": rm of [/srv/www/old.php] exited with 1; the files may still be there", e.getMessage());
    }
}
