package io.dockerbox.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.box.Labels;
import io.dockerbox.config.CommitVolumes;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.WaitConfig;
import io.dockerbox.engine.ContainerSpec;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.InMemoryEngine;
import io.dockerbox.engine.Mount;
import io.dockerbox.log.RecordingOutput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

/** The commit of a container with volumes, as the services see it: what is read, when it is paused, what is built and tagged. */
class CommitVolumesTest {
    private static final ProjectInfo PROJECT = new ProjectInfo("g", "site", "1", Path.of("."), Path.of("target"), Map.of());
    private static final RunConfig RUN = new RunConfig("site", "acme/site", List.of(), List.of(), Map.of(), null, WaitConfig.none(), true,
            List.of(), 10);
    private static final Mount DB = new Mount("volume", "a".repeat(64), "/v/a", "/var/lib/mysql", true);
    private static final Mount SHARED = new Mount("volume", "site-shared", "/v/site-shared", "/srv/shared", true);
    private static final Mount SOURCE = new Mount("bind", null, "/home/me/site", "/var/www", true);

    private final InMemoryEngine engine = new InMemoryEngine();
    private final RecordingOutput out = new RecordingOutput();

    private String container(boolean running) throws Exception {
        engine.addImage("acme/site:1", Map.of(Labels.BOX, "acme/site", Labels.VERSION, "1", Labels.KIND, "build"));
        String id = engine.createContainer(new ContainerSpec("site", "acme/site:1", Map.of(Labels.PROJECT, PROJECT.coordinates(),
                Labels.BOX, "acme/site", Labels.VERSION, "1"), List.of(), null, List.of(), List.of(), List.of(), null, List.of(), false, null));
        if (running) {
            engine.startContainer(id);
        }
        engine.mount(id, DB, tar("mysql/", "mysql/ibdata1"));
        engine.mount(id, SHARED, tar("shared/", "shared/f"));
        engine.mount(id, SOURCE, null);
        return id;
    }

    @Test
    void aRunningContainersAnonymousVolumeIsReadWhilePausedAndAddedOnTopOfTheCommit() throws Exception {
        container(true);
        int version = new SnapshotService(engine, out).commit(PROJECT, RUN, null, null, true, "with data", false, CommitVolumes.ANONYMOUS);
        assertEquals(2, version);
        assertEquals(List.of("create site", "start site", "commit site", "pause site", "read /var/lib/mysql of site", "unpause site"),
                engine.calls());
        InMemoryEngine.Build build = engine.builds().get(0);
        String dockerfile = InMemoryEngine.dockerfile(build.tar(), "Dockerfile");
        assertTrue(dockerfile.matches("FROM sha256:[0-9a-f]{64}\nADD \\[\"volume-0\\.tar\", \"/var/lib/\"\\]\n"
                + "LABEL dockerbox\\.volumes=\"/var/lib/mysql=5\"\n"), dockerfile);
        assertEquals(List.of("mysql/ 999:998", "mysql/ibdata1 999:998"), entries(InMemoryEngine.file(build.tar(), "volume-0.tar")));
        var v2 = engine.inspectImage("acme/site:2").orElseThrow();
        assertEquals("/var/lib/mysql=5", v2.label(Labels.VOLUMES));
        assertEquals("with data", v2.label(Labels.MESSAGE));
        assertEquals(v2.id(), engine.inspectImage("acme/site:latest").orElseThrow().id());
        List<String> lines = out.lines();
        assertTrue(lines.contains("site: bind mount of /home/me/site at /var/www left out: a bind mount is your own folder and is never"
                + " committed"), lines.toString());
        assertTrue(lines.contains("site: named volume site-shared at /srv/shared left out (dockerbox.commitVolumes=anonymous): a named"
                + " volume is shared and outlives the container; -Ddockerbox.commitVolumes=all commits it"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("site: volume /var/lib/mysql \\(anonymous\\): 0\\.0 MB in 2 entries \\[\\d+\\.\\d s\\]")),
                lines.toString());
    }

    @Test
    void aStoppedContainerIsReadAsItIsAndAllTakesTheNamedVolumeToo() throws Exception {
        container(false);
        new SnapshotService(engine, out).commit(PROJECT, RUN, null, null, true, "", false, CommitVolumes.ALL);
        assertEquals(List.of("create site", "commit site", "read /srv/shared of site", "read /var/lib/mysql of site"), engine.calls());
        String dockerfile = InMemoryEngine.dockerfile(engine.builds().get(0).tar(), "Dockerfile");
        assertTrue(dockerfile.endsWith("ADD [\"volume-0.tar\", \"/srv/\"]\nADD [\"volume-1.tar\", \"/var/lib/\"]\n"
                + "LABEL dockerbox.volumes=\"/srv/shared=5@site-shared;/var/lib/mysql=5\"\n"), dockerfile);
        assertTrue(out.lines().stream().anyMatch(l -> l.contains("named volume site-shared at /srv/shared: 0.0 MB in 2 entries")
                && l.endsWith("it reaches only a volume site-shared that does not exist yet (the engine fills a volume from the image only"
                        + " when the volume is new), e.g. on another machine after a pull")), out.lines().toString());
    }

    @Test
    void noneReadsNothingBuildsNothingAndBlanksTheLabelOfTheVersionItCameFrom() throws Exception {
        container(true);
        new SnapshotService(engine, out).commit(PROJECT, RUN, null, null, true, "", false, CommitVolumes.NONE);
        assertEquals(List.of("create site", "start site", "commit site"), engine.calls());
        assertEquals(0, engine.builds().size());
        assertEquals("", engine.inspectImage("acme/site:2").orElseThrow().label(Labels.VOLUMES));
    }

    /** A folder and a five-byte file in it, owned by 999:998, as the engine's archive API sends a volume. */
    private static byte[] tar(String folder, String file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry dir = new TarArchiveEntry(folder);
            dir.setIds(999, 998);
            tar.putArchiveEntry(dir);
            tar.closeArchiveEntry();
            TarArchiveEntry f = new TarArchiveEntry(file);
            f.setIds(999, 998);
            f.setSize(5);
            tar.putArchiveEntry(f);
            tar.write("12345".getBytes(StandardCharsets.UTF_8));
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private static List<String> entries(byte[] tar) throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextTarEntry(); e != null; e = in.getNextTarEntry()) {
                names.add(e.getName() + " " + e.getLongUserId() + ":" + e.getLongGroupId());
            }
        }
        return names;
    }
}
