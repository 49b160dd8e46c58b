package io.dockerbox.services;

import io.dockerbox.DockerboxException;
import io.dockerbox.build.BuildService;
import io.dockerbox.config.BuilderChoice;
import io.dockerbox.config.EngineLocation;
import io.dockerbox.config.EngineLocator;
import io.dockerbox.config.PullPolicy;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineConnection;
import io.dockerbox.log.Output;
import io.dockerbox.render.RenderService;
import io.dockerbox.render.TemplateRenderer;
import io.dockerbox.run.DestroyService;
import io.dockerbox.run.ExecService;
import io.dockerbox.run.LogsService;
import io.dockerbox.run.Reaper;
import io.dockerbox.run.RunService;
import io.dockerbox.run.ShellService;
import io.dockerbox.run.StatusService;
import io.dockerbox.run.StopService;
import io.dockerbox.share.Credentials;
import io.dockerbox.share.ShareService;
import io.dockerbox.snapshot.DiffService;
import io.dockerbox.snapshot.SnapshotService;
import io.dockerbox.watch.WatchLoop;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The services of one goal, over one engine: the only way from the goals to the engine. The engine
 * is opened when the first service that needs it is asked for, so a goal that fails on its
 * configuration, or needs no engine, never opens it; {@link #close} closes it. Nothing here names
 * an engine type, so the goals cannot reach the engine past the services.
 */
public final class Services implements AutoCloseable {
    private final EngineSettings settings;
    private final Output out;
    private final Credentials.ServerLookup servers;
    private final PrintStream terminal;
    private Engine engine;
    private EngineLocation location;

    /**
     * @param servers  Maven's settings.xml servers, asked for a registry's credentials only when it is used
     * @param terminal where pull and push progress is drawn in place, or null in batch mode
     */
    public Services(EngineSettings settings, Output out, Credentials.ServerLookup servers, PrintStream terminal) {
        this.settings = settings;
        this.out = out;
        this.servers = servers;
        this.terminal = terminal;
    }

    /** Needs no engine. */
    public RenderService render() {
        return new RenderService(new TemplateRenderer(), out);
    }

    /** Builds with parents pulled by {@link #share()}'s registries and credentials. */
    public BuildService build(PullPolicy pull, BuilderChoice builder) throws DockerboxException {
        return new BuildService(engine(), new TemplateRenderer(), out, pull, share(), builder);
    }

    public ShareService share() throws DockerboxException {
        return new ShareService(engine(), new Credentials(servers, EngineLocator.dockerConfigDirectory()), out, terminal);
    }

    public RunService run() throws DockerboxException {
        return new RunService(engine(), out);
    }

    /** The development loop of watch: builds as {@link #build} does, starts as {@link #run} does. */
    public WatchLoop watch(PullPolicy pull, BuilderChoice builder) throws DockerboxException {
        return new WatchLoop(engine(), build(pull, builder), run(), out);
    }

    public StopService stop() throws DockerboxException {
        return new StopService(engine(), out);
    }

    public ExecService exec() throws DockerboxException {
        return new ExecService(engine(), out);
    }

    public ShellService shell() throws DockerboxException {
        return new ShellService(engine(), out);
    }

    public LogsService logs() throws DockerboxException {
        return new LogsService(engine(), out);
    }

    public StatusService status() throws DockerboxException {
        return new StatusService(engine(), out);
    }

    public DestroyService destroy() throws DockerboxException {
        return new DestroyService(engine(), out);
    }

    public DiffService diff() throws DockerboxException {
        return new DiffService(engine(), out);
    }

    public SnapshotService snapshots() throws DockerboxException {
        return new SnapshotService(engine(), out);
    }

    public Reaper reaper() throws DockerboxException {
        return new Reaper(engine(), out);
    }

    /**
     * A lease for a new build, owned by this JVM on the machine named {@code host}, with its watcher
     * process, which writes to {@code log}.
     */
    public LeasedBuild lease(String host, Path log) {
        return LeasedBuild.begin(this, host, log, out);
    }

    /**
     * Starts the watcher of a build's lease, for the engine the goals use. It needs no engine call,
     * so a goal pays for it only the start of a process.
     */
    Watcher watcher(String leaseId, Path log) throws DockerboxException {
        EngineLocation location = location();
        try {
            return Watcher.start(leaseId, location.address(), location.tlsFolder(), log);
        } catch (IOException e) {
            throw new DockerboxException("cannot start the watcher process of the build (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Whether the engine has no container that the lease still owns: asked at the end of a build, on a
     * connection of its own that says nothing in the log (the goals' one may be closed by then).
     */
    boolean leaseOwnsNothing(String leaseId) throws DockerboxException {
        EngineLocation location = location();
        try (Engine quiet = EngineConnection.open(location.address(), location.tlsFolder())) {
            return new Reaper(quiet, Output.silent()).owned(leaseId).isEmpty();
        }
    }

    /** The engine the goals use, as a key: the same for goals that reach the same engine the same way. */
    public String engineKey() throws DockerboxException {
        EngineLocation location = location();
        return location.address() + (location.tlsFolder() == null ? "" : " " + location.tlsFolder());
    }

    /**
     * Located once: the engine, the lease's key and its watcher all ask, and each answer reads the
     * docker CLI's files again; once also means they cannot disagree if those files change meanwhile.
     */
    private EngineLocation location() throws DockerboxException {
        if (location == null) {
            location = EngineLocator.locate(settings.dockerHost(), settings.dockerContext(), settings.certPath());
        }
        return location;
    }

    private Engine engine() throws DockerboxException {
        if (engine == null) {
            EngineLocation location = location();
            engine = EngineConnection.open(location.address(), location.tlsFolder());
            // The goal's first line: which engine, and why that one (a docker context, DOCKER_HOST, ...).
            out.info("engine: " + location.describe());
        }
        return engine;
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
