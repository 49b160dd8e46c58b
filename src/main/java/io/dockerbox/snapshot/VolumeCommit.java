package io.dockerbox.snapshot;

import io.dockerbox.box.Labels;
import io.dockerbox.engine.BuildRequest;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.Mount;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts the content of a container's kept volumes into its committed image, at the same paths: the
 * engine's commit leaves volumes out, and a container started from the image has the engine copy an
 * image path's content into the fresh volume mounted there. Each volume is read through the archive
 * API (the container paused meanwhile when it runs) and spooled to a file; one build {@code FROM}
 * the commit then {@code ADD}s them as a layer. Nothing passes through memory whole.
 */
final class VolumeCommit {
    private final Engine engine;
    private final Output out;

    VolumeCommit(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    /** Says what is left out, and why; names the other containers of each named volume. */
    void reportLeftOut(ContainerInfo container, VolumePlan plan) throws EngineException {
        for (VolumePlan.LeftOut left : plan.leftOut()) {
            out.info(container.name() + ": " + left.why() + sharedWith(container, left.mount()));
        }
    }

    /**
     * Reads the plan's volumes and builds them onto {@code committedImage}; returns the image that
     * holds them (the committed one itself when there is nothing to keep).
     */
    String keepVolumes(ContainerInfo container, VolumePlan plan, String committedImage) throws EngineException, SnapshotException {
        if (plan.kept().isEmpty()) {
            return committedImage;
        }
        List<VolumeArchive.Spooled> spooled = new ArrayList<>();
        try {
            read(container, plan, spooled);
            long begin = System.nanoTime();
            String dockerfile = dockerfile(committedImage, plan.kept(), spooled);
            List<String> output = new ArrayList<>();
            String imageId = engine.build(new BuildRequest(target -> VolumeArchive.writeContext(target, dockerfile, spooled),
                    "Dockerfile", Map.of(), List.of()), output::add);
            out.info(container.name() + ": volumes written into the image ("
                    + Units.megabytes(spooled.stream().mapToLong(VolumeArchive.Spooled::contentBytes).sum()) + ") ["
                    + Units.secondsSince(begin) + "]");
            return imageId;
        } catch (IOException e) {
            throw new SnapshotException("could not read the volumes of " + container.name() + ": " + e.getMessage()
                    + "; nothing was tagged (-Ddockerbox.commitVolumes=none commits without them)");
        } finally {
            for (VolumeArchive.Spooled s : spooled) {
                try {
                    Files.deleteIfExists(s.file());
                } catch (IOException e) {
                    out.warn("could not delete " + s.file() + ": " + e.getMessage());
                }
            }
        }
    }

    /** Reads every kept volume, the container paused when it runs, and resumed whatever happens. */
    private void read(ContainerInfo container, VolumePlan plan, List<VolumeArchive.Spooled> spooled) throws EngineException, IOException {
        boolean pause = container.running() && !container.paused();
        long begin = System.nanoTime();
        if (pause) {
            engine.pause(container.id());
        }
        try {
            for (Mount volume : plan.kept()) {
                long start = System.nanoTime();
                Path file = Files.createTempFile("dockerbox-volume-", ".tar");
                VolumeArchive.Spooled[] result = new VolumeArchive.Spooled[1];
                try {
                    engine.readArchive(container.id(), volume.destination(),
                            tar -> result[0] = VolumeArchive.spool(tar, volume.destination(), plan.nestedUnder(volume), file));
                } finally {
                    if (result[0] == null) {
                        Files.deleteIfExists(file);
                    }
                }
                spooled.add(result[0]);
                out.info(container.name() + ": " + VolumePlan.describe(volume) + ": " + Units.megabytes(result[0].contentBytes())
                        + " in " + result[0].entries() + " entries [" + Units.secondsSince(start) + "]"
                        + (volume.anonymous() ? "" : "; it reaches only a volume " + volume.name() + " that does not exist yet"
                                + " (the engine fills a volume from the image only when the volume is new), e.g. on another"
                                + " machine after a pull" + sharedWith(container, volume)));
            }
        } finally {
            if (pause) {
                engine.unpause(container.id());
                out.info(container.name() + ": paused while its volumes were read, running again [" + Units.secondsSince(begin) + "]");
            }
        }
    }

    private String sharedWith(ContainerInfo container, Mount mount) throws EngineException {
        if (mount.anonymous() || !mount.volume()) {
            return "";
        }
        List<String> others = engine.containersUsingVolume(mount.name()).stream().filter(n -> !n.equals(container.name())).toList();
        return others.isEmpty() ? "" : "; also mounted by " + String.join(", ", others);
    }

    /** {@code FROM} the commit, one {@code ADD} per volume (JSON form: paths may hold spaces), and the label. */
    static String dockerfile(String committedImage, List<Mount> kept, List<VolumeArchive.Spooled> spooled) {
        StringBuilder text = new StringBuilder("FROM ").append(committedImage).append('\n');
        Map<String, String> sizes = new LinkedHashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            Mount m = kept.get(i);
            text.append("ADD [\"").append(VolumeArchive.contextName(i)).append("\", \"")
                    .append(jsonEscape(VolumeArchive.parentFolder(m.destination()))).append("\"]\n");
            sizes.put(m.destination(), spooled.get(i).contentBytes() + (m.anonymous() ? "" : "@" + m.name()));
        }
        String label = sizes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        text.append("LABEL ").append(Labels.VOLUMES).append("=\"").append(label.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("$", "\\$")).append("\"\n");
        return text.toString();
    }

    private static String jsonEscape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The label's volumes: path to size in bytes and the volume's name (null when anonymous). */
    record Held(String path, long bytes, String name) {}

    static List<Held> held(String label) {
        List<Held> held = new ArrayList<>();
        if (label == null || label.isBlank()) {
            return held;
        }
        for (String item : label.split(";")) {
            int eq = item.lastIndexOf('=');
            if (eq <= 0) {
                continue;
            }
            String value = item.substring(eq + 1);
            int at = value.indexOf('@');
            try {
                held.add(new Held(item.substring(0, eq), Long.parseLong(at < 0 ? value : value.substring(0, at)),
                        at < 0 ? null : value.substring(at + 1)));
            } catch (NumberFormatException e) {
                // A label written by hand: what cannot be read is not shown.
            }
        }
        return held;
    }
}
