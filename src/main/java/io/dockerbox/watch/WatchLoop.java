package io.dockerbox.watch;

import io.dockerbox.DockerboxException;
import io.dockerbox.box.Lease;
import io.dockerbox.build.BuildInputs;
import io.dockerbox.build.BuildService;
import io.dockerbox.build.Summary;
import io.dockerbox.chain.Chain;
import io.dockerbox.chain.DockerIgnore;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.WatchConfig;
import io.dockerbox.engine.Engine;
import io.dockerbox.log.Output;
import io.dockerbox.run.Cleanup;
import io.dockerbox.run.RunService;
import io.dockerbox.run.StartedContainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
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
    static final long QUIET_MILLIS = 30;
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
    /** Why the file events ended while watch went on, or null. */
    private volatile String eventsEnded;
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

    /** Runs until {@link #stop}; a failure of the first build or start ends it, as it would end start. */
    public void run(Setup setup) throws DockerboxException {
        thread = Thread.currentThread();
        try {
            watch(setup);
        } finally {
            ended.countDown();
            // Ended by the shutdown hook (Ctrl-C): the goal must not return before the hook has removed
            // what watch started, or Maven closes the plugin's classes under it. The hook interrupted this thread.
            boolean interrupted = Thread.interrupted();
            setup.cleanup().awaitHook(60);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
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
        List<BoxConfig> boxes = Chain.of(config, setup.targets()).stream().filter(b -> !b.pullOnly()).toList();
        Map<String, DockerIgnore> ignores = new HashMap<>();
        for (BoxConfig box : boxes) {
            ignores.put(box.name(), ignore(box));
        }
        InputMap inputs = new InputMap(boxes, setup.runs(), config.project().basedir(), config.project().workDirectory(), ignores);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dockerbox-watch-debounce");
            thread.setDaemon(true);
            return thread;
        });
        Debouncer debouncer = new Debouncer(Debouncer.Scheduler.on(timer), QUIET_MILLIS, MAX_MILLIS, batches::add);
        FileEvents events = null;
        try {
            // Watched before the first build reads the inputs: an edit made while the boxes build and start
            // waits in the queue and is acted on once they run (a sync, or a rebuild that finds nothing new).
            events = events(inputs, debouncer);
            Summary.print(build.build(config, setup.targets(), setup.inputs()), out);
            setup.cleanup().atShutdown(this::stop, "watch is stopping (Ctrl-C)");
            List<StartedContainer> started = runs.start(config.project(), setup.runs(), UUID.randomUUID().toString().substring(0, 8), false,
                    setup.known(), setup.cleanup(), setup.lease());
            Map<String, Actions.Running> running = new LinkedHashMap<>();
            for (StartedContainer container : started) {
                running.put(container.run().name(), new Actions.Running(setupRun(setup, container), container));
            }
            Actions actions = new Actions(engine, build, runs, out, setup, running, inputs, () -> stopping, this::stop);
            announce(inputs, setup.runs());
            while (loop(actions)) {
                // A .dockerignore changed: the folders that hold inputs are looked for again, as at the start.
                events.close();
                events = events(inputs, debouncer);
            }
        } finally {
            if (events != null) {
                events.close();
            }
            // Under mvnd the JVM outlives the goal: its threads must not.
            timer.shutdownNow();
        }
    }

    private FileEvents events(InputMap inputs, Debouncer debouncer) throws DockerboxException {
        try {
            return FileEvents.start(inputs.roots(), inputs::skips, debouncer,
                    failure -> eventsEnded = failure == null ? "the system's file events stopped" : failure.toString());
        } catch (IOException e) {
            throw new DockerboxException("watch cannot watch the inputs: " + e.getMessage(), e);
        }
    }

    private static RunConfig setupRun(Setup setup, StartedContainer container) {
        return setup.runs().stream().filter(r -> r.name().equals(container.run().name())).findFirst().orElse(container.run());
    }

    /** Acts on batches until watch stops (false), or until a {@code .dockerignore} changed (true). */
    private boolean loop(Actions actions) throws DockerboxException {
        while (!stopping) {
            if (eventsEnded != null) {
                // Watching on without events would look as if nothing changed.
                throw new DockerboxException("watch no longer sees changes of the inputs (" + eventsEnded + "); start it again");
            }
            ChangeBatch batch;
            try {
                batch = batches.poll(CHECK_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
            if (stopping) {
                return false;
            }
            if (batch == null) {
                actions.check();
                continue;
            }
            for (ChangeBatch more = batches.poll(); more != null; more = batches.poll()) {
                batch = batch.and(more);
            }
            if (actions.act(batch)) {
                return true;
            }
        }
        return false;
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

    private static DockerIgnore ignore(BoxConfig box) {
        try {
            return DockerIgnore.load(box.context());
        } catch (IOException | DockerIgnore.InvalidPatternException e) {
            return DockerIgnore.none();
        }
    }
}
