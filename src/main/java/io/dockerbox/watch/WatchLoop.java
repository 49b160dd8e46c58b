package io.dockerbox.watch;

import io.dockerbox.DockerboxException;
import io.dockerbox.box.Lease;
import io.dockerbox.build.BoxResult;
import io.dockerbox.build.BuildInputs;
import io.dockerbox.build.BuildService;
import io.dockerbox.build.Summary;
import io.dockerbox.chain.Chain;
import io.dockerbox.chain.DockerIgnore;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.WatchConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import io.dockerbox.run.Cleanup;
import io.dockerbox.run.RunService;
import io.dockerbox.run.StartedContainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code dockerbox:watch}: builds what is out of date, starts the runs as start does, then acts on
 * every burst of changes to their inputs until {@link #stop}: a sync into the running container, or
 * a rebuild of the boxes whose inputs digest changed and a new container on the same ports. One line
 * per change says what changed, what was done and how long it took. A failure is said and the loop
 * goes on: the next change tries again.
 */
public final class WatchLoop {
    /** A burst ends after this much quiet; an editor's save (write, rename, chmod) takes a few milliseconds. */
    static final long QUIET_MILLIS = 100;
    /** A file written without pause is acted on at least this often. */
    static final long MAX_MILLIS = 2_000;
    /** How often a box that exited and a changed POM are looked for while nothing changes. */
    private static final long CHECK_SECONDS = 3;

    private final Engine engine;
    private final BuildService build;
    private final RunService runs;
    private final Output out;
    private final BlockingQueue<ChangeBatch> batches = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile Thread thread;

    public WatchLoop(Engine engine, BuildService build, RunService runs, Output out) {
        this.engine = engine;
        this.build = build;
        this.runs = runs;
        this.out = out;
    }

    /**
     * What watch starts from: the configuration, the boxes to build (the runs' boxes), their inputs as
     * read before the engine was asked anything, the runs, the values their env and waits may use, the
     * build's lease and the cleanup that removes what watch started, and where the published ports go.
     */
    public record Setup(DockerboxConfig config, List<BoxConfig> targets, BuildInputs inputs, List<RunConfig> runs,
            Map<String, String> known, Lease lease, Cleanup cleanup, Consumer<Map<String, String>> published) {}

    /** The state of one run: its configuration and its container now. */
    private static final class Running {
        final RunConfig run;
        StartedContainer container;
        boolean exitReported;

        Running(RunConfig run, StartedContainer container) {
            this.run = run;
            this.container = container;
        }
    }

    /** Runs until {@link #stop}; a failure of the first build or start ends it, as it would end start. */
    public void run(Setup setup) throws DockerboxException {
        thread = Thread.currentThread();
        try {
            watch(setup);
        } finally {
            ended.countDown();
        }
    }

    /**
     * Ends the loop and waits until it has (the shutdown hook, before it removes the containers: so that
     * no rebuild makes one after). An engine call that does not heed the interrupt gets a bounded wait.
     */
    public void stop() {
        stopping = true;
        Thread running = thread;
        if (running != null && running != Thread.currentThread()) {
            out.info("watch: stopping");
            running.interrupt();
            try {
                ended.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void watch(Setup setup) throws DockerboxException {
        DockerboxConfig config = setup.config();
        Summary.print(build.build(config, setup.targets(), setup.inputs()), out);
        setup.cleanup().atShutdown(this::stop, "watch is stopping (Ctrl-C)");
        List<StartedContainer> started = runs.start(config.project(), setup.runs(), UUID.randomUUID().toString().substring(0, 8), false,
                setup.known(), setup.cleanup(), setup.lease());
        Map<String, Running> running = new LinkedHashMap<>();
        for (StartedContainer container : started) {
            running.put(container.run().name(), new Running(setupRun(setup, container), container));
        }
        Map<String, String> values = new HashMap<>(setup.known());
        values.putAll(publish(setup, running));
        List<BoxConfig> boxes = Chain.of(config, setup.targets()).stream().filter(b -> !b.pullOnly()).toList();
        Map<String, DockerIgnore> ignores = new HashMap<>();
        for (BoxConfig box : boxes) {
            ignores.put(box.name(), ignore(box));
        }
        InputMap inputs = new InputMap(boxes, setup.runs(), config.project().basedir(), config.project().workDirectory(), ignores);
        Actions actions = new Actions(setup, running, values, inputs, boxes);
        Debouncer debouncer = new Debouncer(Debouncer.Scheduler.real(), QUIET_MILLIS, MAX_MILLIS, batches::add);
        try (FileEvents events = FileEvents.start(inputs.roots(), inputs::skips, debouncer)) {
            announce(inputs, setup.runs());
            loop(actions);
        } catch (IOException e) {
            throw new DockerboxException("watch cannot watch the inputs: " + e.getMessage(), e);
        }
    }

    private static RunConfig setupRun(Setup setup, StartedContainer container) {
        return setup.runs().stream().filter(r -> r.name().equals(container.run().name())).findFirst().orElse(container.run());
    }

    private void loop(Actions actions) {
        while (!stopping) {
            ChangeBatch batch;
            try {
                batch = batches.poll(CHECK_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (stopping) {
                return;
            }
            if (batch == null) {
                actions.check();
                continue;
            }
            for (ChangeBatch more = batches.poll(); more != null; more = batches.poll()) {
                batch = batch.and(more);
            }
            actions.act(batch);
        }
    }

    private void announce(InputMap inputs, List<RunConfig> configured) {
        for (Path folder : inputs.boundInputs()) {
            out.info("watch: " + folder + " is bind-mounted into the box: its edits are there at once, so watch leaves it alone");
        }
        for (RunConfig run : configured) {
            for (WatchConfig.Sync sync : run.watch().syncs()) {
                out.info("watch: " + run.name() + ": " + sync.path() + " is synced into the container at " + sync.target()
                        + (sync.restart() ? ", then it restarts" : "") + (sync.exec() != null ? ", then runs: " + sync.exec() : ""));
            }
        }
        out.info("watch: watching " + String.join(", ", inputs.roots().stream().map(Path::toString).toList())
                + "; every other change of a box's inputs rebuilds it. Ctrl-C stops and removes the boxes");
    }

    private Map<String, String> publish(Setup setup, Map<String, Running> running) throws DockerboxException {
        List<StartedContainer> all = running.values().stream().map(r -> r.container).toList();
        Map<String, String> published = runs.publish(setup.config().project(), all);
        setup.published().accept(published);
        return published;
    }

    private static DockerIgnore ignore(BoxConfig box) {
        try {
            return DockerIgnore.load(box.context());
        } catch (IOException | DockerIgnore.InvalidPatternException e) {
            return DockerIgnore.none();
        }
    }

    /** What the loop does with a batch, and with the quiet between batches. */
    private final class Actions {
        private final Setup setup;
        private final Map<String, Running> running;
        private final Map<String, String> values;
        private final InputMap inputs;
        private final List<BoxConfig> boxes;
        private final Syncer syncer;
        private final Replacer replacer;
        private final Path pom;
        private long pomModified;

        Actions(Setup setup, Map<String, Running> running, Map<String, String> values, InputMap inputs, List<BoxConfig> boxes) {
            this.setup = setup;
            this.running = running;
            this.values = values;
            this.inputs = inputs;
            this.boxes = boxes;
            this.syncer = new Syncer(engine, runs, out);
            this.replacer = new Replacer(engine, runs, out, setup.config().project(), setup.lease(), setup.cleanup(), WatchLoop.this::stop);
            this.pom = setup.config().project().basedir().resolve("pom.xml");
            this.pomModified = modified(pom);
        }

        void act(ChangeBatch batch) {
            Plan plan = inputs.plan(batch);
            if (plan.pom() || modified(pom) != pomModified) {
                pomChanged();
            }
            Set<String> rebuild = new LinkedHashSet<>(plan.rebuilds().keySet());
            for (Running r : running.values()) {
                if (exited(r)) {
                    // Its box is rebuilt (with what was synced into it meanwhile) and it gets a new container.
                    rebuild.add(r.run.box());
                }
            }
            for (Map.Entry<RunConfig, Map<WatchConfig.Sync, Set<String>>> entry : plan.syncs().entrySet()) {
                Running r = running.get(entry.getKey().name());
                if (r != null && !rebuild.contains(r.run.box())) {
                    entry.getValue().forEach((sync, paths) -> sync(r, sync, paths));
                }
            }
            if (!rebuild.isEmpty()) {
                rebuild(rebuild, plan);
            }
        }

        private void sync(Running r, WatchConfig.Sync sync, Set<String> paths) {
            long begin = System.nanoTime();
            String what = Plan.describe(paths);
            BoxConfig box = setup.config().box(r.run.box()).orElseThrow();
            try {
                Syncer.Result result = syncer.sync(r.container, box.context(), inputs.ignore(box), sync, paths, values);
                r.container = result.container();
                out.info("watch: " + what + " changed: synced into " + r.container.name() + " at " + sync.target() + " ("
                        + result.copied() + " copied, " + result.deleted() + " deleted" + (sync.restart() ? ", restarted" : "")
                        + (sync.exec() != null ? ", exec run" : "") + ") [" + Units.secondsSince(begin) + "]");
            } catch (DockerboxException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                out.warn("watch: " + what + " changed: the sync into " + r.container.name() + " failed: " + e.getMessage()
                        + "; the next change tries again");
            }
        }

        private void rebuild(Set<String> changed, Plan plan) {
            long begin = System.nanoTime();
            Set<String> shown = new LinkedHashSet<>();
            plan.rebuilds().values().forEach(shown::addAll);
            String what = shown.isEmpty() ? "a box that exited" : Plan.describe(shown);
            List<BoxConfig> affected = setup.targets().stream()
                    .filter(t -> Chain.of(setup.config(), t).stream().anyMatch(b -> changed.contains(b.name()))).toList();
            Map<String, String> images = new HashMap<>();
            try {
                BuildInputs read = BuildInputs.read(setup.config(), affected);
                for (BoxResult result : build.build(setup.config(), affected, read)) {
                    images.put(result.box(), result.imageId());
                }
            } catch (DockerboxException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                out.warn("watch: " + what + " changed: the rebuild failed, so the boxes keep running what they ran; the next change"
                        + " tries again. " + e.getMessage());
                return;
            }
            List<String> done = new ArrayList<>();
            for (Running r : running.values()) {
                String image = images.get(r.run.box());
                if (image != null && !stopping) {
                    replaceIfNewer(r, image, done);
                }
            }
            out.info("watch: " + what + " changed: " + (done.isEmpty() ? "inputs unchanged, nothing to do" : String.join("; ", done))
                    + " [" + Units.secondsSince(begin) + "]");
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
                values.putAll(publish(setup, running));
                done.add(old + " replaced by " + r.container.name() + " on the same ports " + r.container.properties() + result.portNote()
                        + ", ready");
            } catch (DockerboxException | RuntimeException e) {
                if (!stopping) {
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
    }
}
