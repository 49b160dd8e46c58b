package io.dockerbox.snapshot;

import io.dockerbox.box.ContainerFinder;
import io.dockerbox.box.Labels;
import io.dockerbox.box.StopTimeout;
import io.dockerbox.box.VersionLock;
import io.dockerbox.box.Versions;
import io.dockerbox.config.CommitVolumes;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageIds;
import io.dockerbox.engine.ImageInfo;
import io.dockerbox.log.Output;
import io.dockerbox.log.Table;
import io.dockerbox.log.Units;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Versions of a box beyond builds: a container committed as the next version (or as version 1 of a
 * fork), {@code latest} moved back to an earlier version, and the list of them all. Nothing here
 * removes or overwrites a version.
 */
public final class SnapshotService {
    private final Engine engine;
    private final Output out;

    public SnapshotService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    /**
     * Commits the project's container of {@code run} (or the one named {@code containerName}) as the
     * next version of its box, or as version 1 of {@code fork}. With {@code stopFirst}, a running
     * container is stopped (its stop timeout, then killed) so that a database in it is shut down
     * cleanly, and started again after the commit, even a failed one. The volumes {@code volumes}
     * selects go into the image too (see {@link VolumeCommit}). Returns the new version.
     */
    public int commit(ProjectInfo project, RunConfig run, String containerName, String fork, boolean moveLatest, String message,
            boolean stopFirst, CommitVolumes volumes) throws SnapshotException, EngineException {
        ContainerInfo container = find(engine, project, run, containerName, "commit");
        checkFork(fork);
        VolumePlan plan = VolumePlan.of(container.mounts(), volumes);
        new VolumeCommit(engine, out).reportLeftOut(container, plan);
        if (!stopFirst || !container.running()) {
            return commit(project.coordinates(), run.box(), container, fork, moveLatest, message, plan);
        }
        long begin = System.nanoTime();
        int timeout = StopTimeout.of(Optional.of(container));
        engine.stopContainer(container.id(), timeout);
        out.info(container.name() + ": stopped for a consistent commit (stop timeout " + timeout + " s) [" + Units.secondsSince(begin) + "]");
        try {
            return commit(project.coordinates(), run.box(), container, fork, moveLatest, message, plan);
        } finally {
            begin = System.nanoTime();
            engine.startContainer(container.id());
            out.info(container.name() + ": running again [" + Units.secondsSince(begin) + "]"
                    + (container.ports().isEmpty() ? "" : "; its published ports may have changed: mvn dockerbox:status shows them"));
        }
    }

    /** The container to commit or diff, or a failure that says what was looked for and how to make one. */
    static ContainerInfo find(Engine engine, ProjectInfo project, RunConfig run, String containerName, String what)
            throws SnapshotException, EngineException {
        return new ContainerFinder(engine).find(project, run, containerName).orElseThrow(() -> new SnapshotException("nothing to "
                + what + ": looked for " + ContainerFinder.lookedFor(project, run, containerName)
                + " and found none; mvn dockerbox:start, or mvn dockerbox:shell -Ddockerbox.persistent, makes one"));
    }

    private void checkFork(String fork) throws SnapshotException, EngineException {
        if (fork != null && !fork.isBlank()) {
            // The name itself was checked before any engine work (PropertyValues.fork).
            String repository = fork.strip();
            if (!engine.listImages(repository).isEmpty()) {
                throw new SnapshotException("dockerbox.fork: '" + repository + "' already exists; a fork starts a new box,"
                        + " so pick a name that is not taken");
            }
        }
    }

    private int commit(String projectCoordinates, String box, ContainerInfo found, String fork, boolean moveLatest, String message,
            VolumePlan plan) throws SnapshotException, EngineException {
        // As it is now: stopped by dockerbox.stop, or paused by someone else.
        ContainerInfo container = engine.inspectContainer(found.id()).orElse(found);
        String repository = fork != null && !fork.isBlank() ? fork.strip() : box;
        long begin = System.nanoTime();
        String ranVersion = container.label(Labels.VERSION);
        String ranBox = container.label(Labels.BOX) != null ? container.label(Labels.BOX) : box;
        String parent = ranVersion != null ? ranBox + ":" + ranVersion : container.image();
        if (engine.inspectImage(container.imageId()).map(i -> i.repoTags().isEmpty()).orElse(true)) {
            out.warn(container.name() + ": the image it was started from (" + parent + ") is no longer tagged; committing it anyway");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Labels.BOX, repository);
        labels.put(Labels.KIND, "commit");
        labels.put(Labels.MESSAGE, message == null ? "" : message);
        labels.put(Labels.PARENT, parent);
        labels.put(Labels.PROJECT, projectCoordinates);
        // The engine merges the container's own labels into the image; these belong to the run, not the box.
        labels.put(Labels.RUN, "");
        labels.put(Labels.PERSISTENT, "");
        labels.put(Labels.STANDALONE, "");
        // Set again by the volumes' build when they are kept: not inherited from the version the container ran.
        labels.put(Labels.VOLUMES, "");
        int version;
        String imageId;
        try (VersionLock lock = VersionLock.acquire(engine.address(), repository, out)) {
            version = Versions.byNumber(engine, repository).keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            labels.put(Labels.VERSION, String.valueOf(version));
            imageId = new VolumeCommit(engine, out).keepVolumes(container, plan, engine.commit(container.id(), labels,
                    message == null ? "" : message));
            // Never overwrite a version: if a build on another machine took the number meanwhile, take the next free one.
            while (engine.inspectImage(repository + ":" + version).isPresent()) {
                version++;
            }
            engine.tag(imageId, repository, String.valueOf(version));
            if (moveLatest) {
                engine.tag(imageId, repository, "latest");
            }
        } catch (java.io.IOException e) {
            throw new SnapshotException("could not take the version lock of " + repository + ": " + e.getMessage());
        }
        out.info(container.name() + ": committed as " + repository + ":" + version + " (" + ImageIds.shortId(imageId) + ")"
                + (moveLatest ? ", now latest" : ", latest unchanged (dockerbox.latest=false)")
                + (message == null || message.isBlank() ? "" : ", message: " + message)
                + " [" + Units.secondsSince(begin) + "]");
        return version;
    }

    /** Moves {@code latest} to {@code version}, or to the version before the current latest when null. */
    public int revert(String box, Integer version) throws SnapshotException, EngineException {
        TreeMap<Integer, ImageInfo> versions = Versions.byNumber(engine, box);
        if (versions.isEmpty()) {
            throw new SnapshotException(box + " has no versions yet: run mvn dockerbox:build first");
        }
        Optional<ImageInfo> latest = engine.inspectImage(box + ":latest");
        int current = latest.map(l -> versionOf(l, versions)).orElse(0);
        Integer target = version;
        if (target == null) {
            target = current > 0 ? versions.lowerKey(current) : versions.lastKey();
            if (target == null) {
                throw new SnapshotException(box + ": latest is version " + current + ", the first one; there is no version before it."
                        + " Versions: " + versions.keySet());
            }
        }
        ImageInfo image = versions.get(target);
        if (image == null) {
            throw new SnapshotException("dockerbox.version: " + box + " has no version " + target + "; it has versions "
                    + versions.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        engine.tag(image.id(), box, "latest");
        out.info(box + ": latest moved from version " + (current > 0 ? current : "-") + " to version " + target
                + "; nothing was removed" + (current > 0 ? " (mvn dockerbox:revert -Ddockerbox.version=" + current + " goes back)" : ""));
        for (VolumeCommit.Held held : VolumeCommit.held(image.label(Labels.VOLUMES))) {
            out.info(box + ": version " + target + " holds " + Units.megabytes(held.bytes()) + " for " + held.path() + (held.name() == null
                    ? "; a new container from it gets a fresh volume filled with it"
                    : " (named volume " + held.name() + "): an existing volume " + held.name() + " keeps its current content,"
                            + " revert never empties or replaces it; only a volume that does not exist yet is filled from the version"));
        }
        return target;
    }

    /** Prints every version of the box: version, kind, created, size, parent, message, and which is latest. */
    public void list(String box) throws EngineException {
        TreeMap<Integer, ImageInfo> versions = Versions.byNumber(engine, box);
        if (versions.isEmpty()) {
            out.info(box + ": no versions yet (mvn dockerbox:build makes version 1)");
            return;
        }
        String latestId = engine.inspectImage(box + ":latest").map(ImageInfo::id).orElse("");
        Table table = new Table("", "VERSION", "KIND", "CREATED", "SIZE", "VOLUMES", "PARENT", "MESSAGE");
        versions.forEach((v, image) -> table.add(image.id().equals(latestId) ? "latest ->" : "", String.valueOf(v),
                or(image.label(Labels.KIND), "?"), Instant.ofEpochSecond(image.createdEpochSeconds()).toString().replace('T', ' '),
                Units.megabytes(image.size()), volumes(image),
                or(image.label(Labels.PARENT), "-"), or(image.label(Labels.MESSAGE), "")));
        out.info("versions of " + box + ":");
        table.lines().forEach(out::info);
    }

    /** How much volume data a version holds (a commit's {@code dockerbox.volumes}), or "-". */
    private static String volumes(ImageInfo image) {
        var held = VolumeCommit.held(image.label(Labels.VOLUMES));
        return held.isEmpty() ? "-" : Units.megabytes(held.stream().mapToLong(VolumeCommit.Held::bytes).sum());
    }

    private static int versionOf(ImageInfo latest, TreeMap<Integer, ImageInfo> versions) {
        // The highest version with the same image: a commit and its version share one id.
        return versions.descendingMap().entrySet().stream().filter(e -> e.getValue().id().equals(latest.id()))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(0);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
