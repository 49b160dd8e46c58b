package io.dockerbox.snapshot;

import io.dockerbox.config.CommitVolumes;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.FileChange;
import io.dockerbox.engine.Mount;
import io.dockerbox.log.Output;
import io.dockerbox.log.Table;
import io.dockerbox.log.Units;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a commit of the project's container would capture: the files of its own layer that differ
 * from its image (the engine's {@code changes}, summarised by folder, with the sizes of added and
 * changed files), and each volume with what it holds, or why it is left out.
 */
public final class DiffService {
    /** Beyond this many changed paths, only the folders are listed (-X lists every path). */
    static final int LISTED_PATHS = 50;
    /** The depth of the folders changes are summed up under: {@code /var/lib}, {@code /etc}. */
    private static final int FOLDER_DEPTH = 2;

    private final Engine engine;
    private final Output out;

    public DiffService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    public void diff(ProjectInfo project, RunConfig run, String containerName, CommitVolumes volumes) throws SnapshotException, EngineException {
        ContainerInfo container = SnapshotService.find(engine, project, run, containerName, "diff");
        long begin = System.nanoTime();
        List<FileChange> changes = withoutParents(engine.changes(container.id()));
        Map<String, long[]> folders = new TreeMap<>();
        Table files = new Table("", "PATH", "SIZE");
        for (FileChange change : changes) {
            long size = change.kind() == FileChange.Kind.DELETED ? 0 : engine.pathSize(container.id(), change.path()).orElse(0L);
            long[] folder = folders.computeIfAbsent(folder(change.path()), f -> new long[4]);
            folder[change.kind().ordinal()]++;
            folder[3] += size;
            files.add(String.valueOf(change.kind().name().charAt(0)), change.path(), change.kind() == FileChange.Kind.DELETED ? "-" : bytes(size));
        }
        out.info(container.name() + ": " + changes.size() + " paths differ from its image " + container.image() + " ["
                + Units.secondsSince(begin) + "]" + (changes.isEmpty() ? "" : " (A added, C changed, D deleted):"));
        if (!changes.isEmpty()) {
            Table table = new Table("FOLDER", "ADDED", "CHANGED", "DELETED", "SIZE");
            folders.forEach((folder, n) -> table.add(folder, String.valueOf(n[1]), String.valueOf(n[0]), String.valueOf(n[2]), bytes(n[3])));
            table.lines().forEach(out::info);
            if (changes.size() <= LISTED_PATHS || out.isDebugEnabled()) {
                files.lines().forEach(out::info);
            }
        }
        VolumePlan plan = VolumePlan.of(container.mounts(), volumes);
        for (Mount volume : plan.kept()) {
            long start = System.nanoTime();
            long[] held = new long[2];
            try {
                engine.readArchive(container.id(), volume.destination(), tar -> System.arraycopy(VolumeArchive.measure(tar), 0, held, 0, 2));
            } catch (IOException e) {
                throw new SnapshotException("could not read " + volume.destination() + " of " + container.name() + ": " + e.getMessage());
            }
            out.info(container.name() + ": " + VolumePlan.describe(volume) + " would be committed: " + Units.megabytes(held[0]) + " in "
                    + held[1] + " entries [" + Units.secondsSince(start) + "]");
        }
        plan.leftOut().forEach(l -> out.info(container.name() + ": " + l.why()));
    }

    /**
     * The engine reports a folder as changed when what it holds changed: such a folder says nothing
     * the paths below it do not, and would count twice.
     */
    static List<FileChange> withoutParents(List<FileChange> changes) {
        java.util.Set<String> parents = new java.util.HashSet<>();
        for (FileChange c : changes) {
            for (int slash = c.path().lastIndexOf('/'); slash > 0; slash = c.path().lastIndexOf('/', slash - 1)) {
                parents.add(c.path().substring(0, slash));
            }
        }
        return changes.stream().filter(c -> c.kind() != FileChange.Kind.CHANGED || !parents.contains(c.path())).toList();
    }

    /** The folder a path is summed up under: its first two levels, or its parent when it is shallower. */
    static String folder(String path) {
        String[] parts = path.split("/");
        StringBuilder folder = new StringBuilder();
        for (int i = 1; i < Math.min(parts.length - 1, FOLDER_DEPTH + 1); i++) {
            folder.append('/').append(parts[i]);
        }
        return folder.length() == 0 ? "/" : folder.toString();
    }

    private static String bytes(long size) {
        return size < 1_000_000 ? size + " B" : Units.megabytes(size);
    }
}
