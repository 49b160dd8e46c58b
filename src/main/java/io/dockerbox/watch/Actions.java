package io.dockerbox.watch;

import io.dockerbox.DockerboxException;
import io.dockerbox.build.BoxResult;
import io.dockerbox.build.BuildInputs;
import io.dockerbox.build.BuildService;
import io.dockerbox.chain.Chain;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.WatchConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import io.dockerbox.run.RunService;
import io.dockerbox.run.StartedContainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * What the watch loop does with a batch of changes, and with the quiet between batches: syncs, then
 * a rebuild of the boxes whose inputs changed and new containers for the runs whose box got a new
 * image; a box that exited is reported once and gets a new container at the next change.
 */
final class Actions {
    /** The state of one run: its configuration and its container now. */
    static final class Running {
        final RunConfig run;
        StartedContainer container;
        boolean exitReported;

        Running(RunConfig run, StartedContainer container) {
            this.run = run;
            this.container = container;
        }
    }

    private final Engine engine;
    private final BuildService build;
    private final RunService runs;
    private final Output out;
    private final WatchLoop.Setup setup;
    private final Map<String, Running> running;
    private final Map<String, String> values;
    private final InputMap inputs;
    private final BooleanSupplier stopping;
    private final Syncer syncer;
    private final Replacer replacer;
    private final Unsynced unsynced = new Unsynced();
    private final Path pom;
    private long pomModified;

    /**
     * @param running  each run's state, by run name
     * @param stopping whether the loop is stopping: a failure then is the interrupt's, and is not said
     * @param stop     what a replacement's shutdown hook runs first: the loop's stop
     */
    Actions(Engine engine, BuildService build, RunService runs, Output out, WatchLoop.Setup setup, Map<String, Running> running,
            InputMap inputs, BooleanSupplier stopping, Runnable stop) throws DockerboxException {
        this.engine = engine;
        this.build = build;
        this.runs = runs;
        this.out = out;
        this.setup = setup;
        this.running = running;
        this.inputs = inputs;
        this.stopping = stopping;
        this.values = new HashMap<>(setup.known());
        this.values.putAll(publish());
        this.syncer = new Syncer(engine, runs, out);
        this.replacer = new Replacer(engine, runs, out, setup.config().project(), setup.lease(), setup.cleanup(), stop);
        this.pom = setup.config().project().basedir().resolve("pom.xml");
        this.pomModified = modified(pom);
    }

    /** @return whether a {@code .dockerignore} changed, and with it which folders hold inputs */
    boolean act(ChangeBatch batch) {
        Plan plan = inputs.plan(batch);
        if (plan.pom() || modified(pom) != pomModified) {
            pomChanged();
        }
        Set<String> rebuild = new LinkedHashSet<>(plan.rebuilds().keySet());
        for (Running r : running.values()) {
            if (r.exitReported) {
                // Its box is rebuilt (with what was synced into it meanwhile) and it gets a new container. Known
                // from the look between batches: asking the engine here would cost every sync a round trip.
                rebuild.add(r.run.box());
            }
        }
        List<Running> leftToRebuild = new ArrayList<>();
        for (Map.Entry<String, Map<WatchConfig.Sync, Set<String>>> entry : unsynced.take(plan.syncs()).entrySet()) {
            Running r = running.get(entry.getKey());
            if (r == null) {
                continue;
            }
            if (rebuild.contains(r.run.box()) && !r.run.persistent()) {
                // Its new container brings them; should none come, they are synced after the rebuild.
                entry.getValue().forEach((sync, paths) -> unsynced.owe(r.run.name(), sync, paths));
                leftToRebuild.add(r);
            } else {
                entry.getValue().forEach((sync, paths) -> sync(r, sync, paths, batch.firstMillis()));
            }
        }
        if (!rebuild.isEmpty()) {
            rebuild(rebuild, plan, batch.firstMillis());
        }
        for (Running r : leftToRebuild) {
            if (!stopping.getAsBoolean()) {
                unsynced.take(r.run.name()).forEach((sync, paths) -> sync(r, sync, paths, batch.firstMillis()));
            }
        }
        return plan.ignoreChanged();
    }

    private void sync(Running r, WatchConfig.Sync sync, Set<String> paths, long begin) {
        BoxConfig box = setup.config().box(r.run.box()).orElseThrow();
        Path basedir = setup.config().project().basedir();
        Set<String> shown = new java.util.TreeSet<>();
        paths.forEach(p -> shown.add(basedir.relativize(box.context().resolve(p)).toString().replace('\\', '/')));
        String what = Plan.describe(shown);
        try {
            Syncer.Result result = syncer.sync(r.container, box.context(), inputs.ignore(box), sync, paths, values);
            r.container = result.container();
            if (sync.restart()) {
                // A port the engine chose may have a new number after a restart.
                values.putAll(publish());
            }
            out.info("watch: " + what + " changed: synced into " + r.container.name() + " at " + sync.target() + " ("
                    + result.copied() + " copied, " + result.deleted() + " deleted" + (sync.restart() ? ", restarted" : "")
                    + (sync.exec() != null ? ", exec run" : "") + ") [" + since(begin) + "]");
        } catch (DockerboxException | RuntimeException e) {
            if (stopping.getAsBoolean()) {
                return;
            }
            unsynced.owe(r.run.name(), sync, paths);
            out.warn("watch: " + what + " changed: the sync into " + r.container.name() + " failed: " + e.getMessage()
                    + "; the next change tries again, with these files");
        }
    }

    private void rebuild(Set<String> changed, Plan plan, long begin) {
        // Everything of the batch: a sync's paths too, when they come to a box that exited.
        String what = plan.shown().isEmpty() ? "a box that exited" : Plan.describe(plan.shown());
        List<BoxConfig> affected = setup.targets().stream()
                .filter(t -> Chain.of(setup.config(), t).stream().anyMatch(b -> changed.contains(b.name()))).toList();
        Map<String, String> images = new HashMap<>();
        try {
            BuildInputs read = BuildInputs.read(setup.config(), affected);
            for (BoxResult result : build.build(setup.config(), affected, read)) {
                images.put(result.box(), result.imageId());
            }
        } catch (DockerboxException | RuntimeException e) {
            if (stopping.getAsBoolean()) {
                return;
            }
            out.warn("watch: " + what + " changed: the rebuild failed, so the boxes keep running what they ran; the next change"
                    + " tries again. " + e.getMessage());
            return;
        }
        List<String> done = new ArrayList<>();
        for (Running r : running.values()) {
            String image = images.get(r.run.box());
            if (image != null && !stopping.getAsBoolean()) {
                replaceIfNewer(r, image, done);
            }
        }
        out.info("watch: " + what + " changed: " + (done.isEmpty() ? "inputs unchanged, nothing to do" : String.join("; ", done))
                + " [" + since(begin) + "]");
    }

    private void replaceIfNewer(Running r, String image, List<String> done) {
        ContainerInfo info;
        try {
            info = engine.inspectContainer(r.container.id()).orElse(null);
        } catch (DockerboxException e) {
            info = null;
        }
        boolean gone = info == null || !info.running();
        if (!gone && image.equals(info.imageId())) {
            return;
        }
        if (r.run.persistent()) {
            done.add(r.container.name() + " is persistent and keeps its container and image; commit or destroy it to move on");
            return;
        }
        try {
            Replacer.Result result = replacer.replace(r.run, r.container, values);
            String old = r.container.name();
            r.container = result.container();
            r.exitReported = false;
            unsynced.replaced(r.run.name());
            values.putAll(publish());
            done.add(old + " replaced by " + r.container.name() + " on the same ports " + r.container.properties() + result.portNote()
                    + ", ready");
        } catch (DockerboxException | RuntimeException e) {
            if (e instanceof Replacer.Failed failed && failed.restored() != null) {
                r.container = failed.restored();
                republish();
            }
            if (!stopping.getAsBoolean()) {
                out.warn("watch: the new container of " + r.run.name() + " failed: " + e.getMessage() + "; the next change tries again");
                done.add(r.container.name() + " kept");
            }
        }
    }

    /** Between batches: a box that exited is reported once, with its last lines; a changed POM is said. */
    void check() {
        if (modified(pom) != pomModified) {
            pomChanged();
        }
        for (Running r : running.values()) {
            if (!r.exitReported && exited(r)) {
                r.exitReported = true;
                report(r);
            }
        }
    }

    private void report(Running r) {
        StringBuilder text = new StringBuilder("watch: " + r.container.name() + " exited");
        try {
            engine.inspectContainer(r.container.id()).ifPresent(i -> text.append(" (").append(i.describeState()).append(")"));
            List<String> lines = engine.logs(r.container.id(), 20);
            if (!lines.isEmpty()) {
                text.append("; its last lines:");
                lines.forEach(l -> text.append("\n  | ").append(l));
            }
        } catch (DockerboxException e) {
            text.append(" (").append(e.getMessage()).append(")");
        }
        out.warn(text.append("\nThe next change starts a new one.").toString());
    }

    private boolean exited(Running r) {
        try {
            return engine.inspectContainer(r.container.id()).map(i -> !i.running()).orElse(true);
        } catch (DockerboxException e) {
            return false;
        }
    }

    private void pomChanged() {
        pomModified = modified(pom);
        out.warn("watch: pom.xml changed, but watch read the configuration when it started: press Ctrl-C and run mvn"
                + " dockerbox:watch again to use it");
    }

    private long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** After the last good container ran again: its ports as they are now, published; a failure only said. */
    private void republish() {
        try {
            values.putAll(publish());
        } catch (DockerboxException e) {
            out.warn("watch: could not publish the ports again: " + e.getMessage());
        }
    }

    private Map<String, String> publish() throws DockerboxException {
        List<StartedContainer> all = running.values().stream().map(r -> r.container).toList();
        Map<String, String> published = runs.publish(setup.config().project(), all);
        setup.published().accept(published);
        return published;
    }

    /** Seconds since the first event of a burst: the time a change took to act on, the debounce included. */
    private static String since(long firstMillis) {
        return Units.seconds(System.nanoTime() / 1_000_000 - firstMillis);
    }
}
