package io.dockerbox.watch;

import io.dockerbox.DockerboxException;
import io.dockerbox.box.Lease;
import io.dockerbox.config.PortMapping;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.Engine;
import io.dockerbox.log.Output;
import io.dockerbox.run.Cleanup;
import io.dockerbox.run.RunException;
import io.dockerbox.run.RunService;
import io.dockerbox.run.StartedContainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A run's container replaced by one of its box's new latest image, through start's own path (the
 * build's lease, the shutdown hook), with the same volumes and the same host ports, those the engine
 * chose at the first start included, so that a browser keeps working. The old container is killed
 * first, which frees its ports, and removed only once the new one is ready: if the new one fails,
 * the old one is started again.
 */
final class Replacer {
    private final Engine engine;
    private final RunService runs;
    private final Output out;
    private final ProjectInfo project;
    private final Lease lease;
    private final Cleanup cleanup;
    private final Runnable beforeShutdown;

    /**
     * @param cleanup        the watch's own: each new container joins it once ready, each old one leaves it
     * @param beforeShutdown what the shutdown hook of a replacement runs first (the loop's stop)
     */
    Replacer(Engine engine, RunService runs, Output out, ProjectInfo project, Lease lease, Cleanup cleanup, Runnable beforeShutdown) {
        this.engine = engine;
        this.runs = runs;
        this.out = out;
        this.project = project;
        this.lease = lease;
        this.cleanup = cleanup;
        this.beforeShutdown = beforeShutdown;
    }

    /** The container now, and what the line says of its ports when one had to change. */
    record Result(StartedContainer container, String portNote) {}

    /** @param run the run as configured (its ports as properties), not as the last container was pinned */
    Result replace(RunConfig run, StartedContainer current, Map<String, String> known) throws DockerboxException {
        // The ports as start published them: an exited container's inspect no longer has them.
        List<PortMapping> pinned = new ArrayList<>();
        for (PortMapping port : run.ports()) {
            String now = port.property() == null ? null : current.properties().get(port.property());
            pinned.add(now != null ? port.pinned(Integer.parseInt(now)) : port);
        }
        // Killed, not stopped: it is thrown away unless the new one fails, and PID 1 of many images ignores SIGTERM.
        engine.stopContainer(current.id(), 0);
        StartedContainer made;
        String note = "";
        try {
            try {
                made = start(run.withPorts(pinned), known);
            } catch (RunException e) {
                if (!String.valueOf(e.getMessage()).contains("already in use")) {
                    throw e;
                }
                made = start(run.withPorts(run.ports()), known);
                note = "; a port it had was taken meanwhile, so the engine chose another: " + made.properties();
            }
        } catch (DockerboxException e) {
            throw new Failed(e, restore(current, known));
        }
        cleanup.containers().remove(current.id());
        engine.removeContainer(current.id());
        return new Result(made, note);
    }

    private StartedContainer start(RunConfig run, Map<String, String> known) throws DockerboxException {
        Cleanup own = runs.cleanup(project);
        own.atShutdown(beforeShutdown, "watch is stopping (Ctrl-C)");
        StartedContainer made = runs.start(project, List.of(run), UUID.randomUUID().toString().substring(0, 8), false, known, own, lease).get(0);
        // Into the watch's cleanup before out of its own: at no moment does no hook know it.
        cleanup.containers().put(made.id(), run.persistent());
        own.disarm();
        return made;
    }

    /**
     * The new container failed: the last good one runs again, and is waited for as start waits. A port
     * the engine chose gets a new number when it starts again: the answer has the ports it has now.
     *
     * @return the last good container as it runs again, or null when it could not be started
     */
    private StartedContainer restore(StartedContainer current, Map<String, String> known) {
        try {
            StartedContainer again = runs.restart(current, known);
            out.warn(current.name() + ": the last good container runs again"
                    + (again.properties().equals(current.properties()) ? "" : ", on the ports the engine gave it now: " + again.properties()));
            return again;
        } catch (DockerboxException e) {
            out.warn(current.name() + ": could not start the last good container again (" + e.getMessage() + ")");
            return null;
        }
    }

    /** The new container failed; {@link #restored} is the last good one running again, or null. */
    static final class Failed extends DockerboxException {
        private final transient StartedContainer restored;

        Failed(DockerboxException cause, StartedContainer restored) {
            super(cause.getMessage(), cause);
            this.restored = restored;
        }

        StartedContainer restored() {
            return restored;
        }
    }
}
