package io.dockerbox.watch;

import io.dockerbox.DockerboxException;
import io.dockerbox.build.ContextTar;
import io.dockerbox.chain.ContextEntry;
import io.dockerbox.chain.ContextScanner;
import io.dockerbox.chain.DockerIgnore;
import io.dockerbox.config.WatchConfig;
import io.dockerbox.engine.Engine;
import io.dockerbox.log.Output;
import io.dockerbox.run.RunException;
import io.dockerbox.run.RunService;
import io.dockerbox.run.StartedContainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code <sync>}: the changed files of a folder go into the running container through the engine's
 * archive API, so it works the same on a remote engine (no shared disk); deleted ones are deleted
 * there. Then the container restarts, if asked, and the {@code <exec>} command runs, if given.
 */
final class Syncer {
    private final Engine engine;
    private final RunService runs;
    private final Output out;

    Syncer(Engine engine, RunService runs, Output out) {
        this.engine = engine;
        this.runs = runs;
        this.out = out;
    }

    /** What one sync did, for the line watch prints; {@code container} is the container after it (restarted, maybe with new ports). */
    record Result(int copied, int deleted, StartedContainer container) {}

    /**
     * @param context       the build context of the run's box
     * @param relativePaths the changed paths of the sync's folder, relative to the context
     */
    Result sync(StartedContainer container, Path context, DockerIgnore ignore, WatchConfig.Sync sync, Set<String> relativePaths,
            Map<String, String> known) throws DockerboxException {
        List<ContextEntry> present;
        try {
            present = ContextScanner.entries(context, ignore, relativePaths);
        } catch (IOException e) {
            throw new RunException("cannot read " + sync.path() + " to sync it: " + e.getMessage(), e);
        }
        List<ContextEntry> named = new ArrayList<>();
        for (ContextEntry entry : present) {
            // Named from the container's root: PUT .../archive?path=/ makes missing parent folders, a target folder may not exist yet.
            named.add(new ContextEntry(sync.targetOf(entry.relativePath()).substring(1), entry.path(), entry.type(), entry.mode(),
                    entry.size(), entry.modifiedMillis(), entry.linkTarget()));
        }
        List<String> gone = new ArrayList<>();
        for (String relative : new TreeSet<>(relativePaths)) {
            if (!Files.exists(context.resolve(relative), LinkOption.NOFOLLOW_LINKS)) {
                gone.add(sync.targetOf(relative));
            }
        }
        if (!named.isEmpty()) {
            engine.writeArchive(container.id(), "/", tar -> ContextTar.files(named, tar));
        }
        if (!gone.isEmpty()) {
            // The archive API only adds and replaces; a delete is one exec of rm on exactly these paths
            // (no shell, so no name is expanded), which every image with a coreutils or busybox rm has.
            List<String> command = new ArrayList<>(List.of("rm", "-rf", "--"));
            command.addAll(gone);
            int exit = engine.exec(container.id(), command, line -> out.info("  " + container.name() + " | " + line));
            if (exit != 0) {
                throw new RunException(container.name() + ": rm of " + gone + " exited with " + exit + "; the files may still be there");
            }
        }
        StartedContainer now = container;
        if (sync.restart()) {
            now = runs.restart(container, known);
        }
        if (sync.exec() != null) {
            int exit = engine.exec(now.id(), List.of("/bin/sh", "-c", sync.exec()), line -> out.info("  " + container.name() + " | " + line));
            if (exit != 0) {
                out.warn(container.name() + ": <exec> '" + sync.exec() + "' exited with " + exit + " after the sync");
            }
        }
        return new Result(present.size(), gone.size(), now);
    }
}
