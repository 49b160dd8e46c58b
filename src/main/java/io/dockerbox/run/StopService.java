package io.dockerbox.run;

import io.dockerbox.box.Labels;
import io.dockerbox.box.Lease;
import io.dockerbox.box.Owner;
import io.dockerbox.box.StopTimeout;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stops what start brought up: a temporary container is removed with its anonymous volumes (it is
 * thrown away, so it is not asked to shut down gracefully); a persistent one is stopped gracefully
 * and kept. The containers go in parallel, and the project network with the last container on it.
 */
public final class StopService {

    private final Engine engine;
    private final Output out;

    public StopService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    /**
     * Stops what this build's start brought up, then disarms its shutdown hook: not before, so that
     * the hook tries again when Maven ends if stopping fails.
     */
    public void stop(ProjectInfo project, Cleanup cleanup) throws EngineException {
        stopAll(project, Map.copyOf(cleanup.containers()));
        cleanup.disarm();
    }

    /**
     * {@code mvn dockerbox:stop} on its own: what {@link #leftRunning} finds.
     *
     * @param thisHost this machine's name in owner labels
     */
    public void stopLeftRunning(ProjectInfo project, String thisHost) throws EngineException {
        stopAll(project, leftRunning(project, thisHost));
    }

    private void stopAll(ProjectInfo project, Map<String, Boolean> containers) throws EngineException {
        if (containers.isEmpty()) {
            out.info("nothing to stop: no running box of " + project.coordinates());
        }
        stop(project, containers);
    }

    /** A failed start leaves nothing: what it created goes (a persistent box is only stopped). */
    void undo(ProjectInfo project, Cleanup cleanup) {
        try {
            stop(project, Map.copyOf(cleanup.containers()));
        } catch (EngineException e) {
            out.warn("could not remove the containers of the failed start: " + e.getMessage());
            return;
        }
        cleanup.disarm();
    }

    /** @param containers container id to whether it is persistent */
    public void stop(ProjectInfo project, Map<String, Boolean> containers) throws EngineException {
        String network = RunService.networkName(project);
        Map<String, ContainerInfo> ofProject = new HashMap<>();
        engine.listContainers(Map.of(Labels.PROJECT, project.coordinates())).forEach(c -> ofProject.put(c.id(), c));
        // A stopped persistent box still belongs to the network: it must find it when it starts again.
        boolean lastOnes = !containers.isEmpty() && !containers.containsValue(true) && containers.keySet().containsAll(ofProject.keySet());
        List<Callable<Boolean>> tasks = new ArrayList<>();
        if (lastOnes && disconnectAll(network, containers.keySet())) {
            // Nothing is attached any more, so the engine takes the network down (~0.2 s of bridge and
            // firewall work) while it kills and removes the containers, instead of after them.
            tasks.add(() -> engine.removeNetworkIfUnused(network));
        }
        containers.forEach((id, persistent) -> tasks.add(() -> {
            stopOne(id, persistent, Optional.ofNullable(ofProject.get(id)));
            return false;
        }));
        boolean networkRemoved = runAll(tasks);
        if (!networkRemoved && engine.listContainers(Map.of(Labels.PROJECT, project.coordinates())).isEmpty()) {
            networkRemoved = engine.removeNetworkIfUnused(network);
        }
        if (networkRemoved) {
            out.debug("removed network " + network);
        }
    }

    private boolean disconnectAll(String network, Iterable<String> ids) throws EngineException {
        for (String id : ids) {
            if (!engine.disconnectFromNetwork(network, id)) {
                return false;
            }
        }
        return true;
    }

    private void stopOne(String id, boolean persistent, Optional<ContainerInfo> listed) throws EngineException {
        long begin = System.nanoTime();
        Optional<ContainerInfo> info = listed.isPresent() ? listed : engine.inspectContainer(id);
        String name = info.map(ContainerInfo::name).orElse(id);
        if (persistent) {
            engine.stopContainer(id, StopTimeout.of(info));
            out.info(name + ": stopped and kept (persistent) [" + Units.secondsSince(begin) + "]");
        } else {
            engine.removeContainer(id);
            out.info(name + ": removed [" + Units.secondsSince(begin) + "]");
        }
    }

    /** Runs the tasks in parallel, all to their end; says whether one returned true; throws the first failure. */
    private static boolean runAll(List<Callable<Boolean>> tasks) throws EngineException {
        if (tasks.isEmpty()) {
            return false;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), 4));
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task)));
            boolean any = false;
            EngineException failure = null;
            for (Future<Boolean> future : futures) {
                try {
                    any |= future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException bug) {
                        throw bug;
                    }
                    if (!(e.getCause() instanceof EngineException engineFailure)) {
                        throw new IllegalStateException(e.getCause());
                    }
                    failure = failure == null ? engineFailure : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return any;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while stopping the project's containers", e);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * What {@code mvn dockerbox:stop} on its own stops: the project's containers that a standalone
     * start left running, and its persistent boxes. Containers of other builds are not touched, nor
     * are kept shells (also persistent, but a shell someone may be typing in), nor the containers of a
     * standalone start that is still bringing them up (in another terminal: they are its own until
     * it hands them over), unless the Maven of that start is gone.
     */
    public Map<String, Boolean> leftRunning(ProjectInfo project, String thisHost) throws EngineException {
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (ContainerInfo c : engine.listContainers(Map.of(Labels.PROJECT, project.coordinates()))) {
            if ("shell".equals(c.label(Labels.KIND))) {
                continue;
            }
            boolean persistent = "true".equals(c.label(Labels.PERSISTENT));
            if (persistent && c.running()) {
                found.put(c.id(), true);
            } else if (!persistent && "true".equals(c.label(Labels.STANDALONE))) {
                Optional<Owner> starting = Lease.owner(c).filter(o -> o.liveness(thisHost) != Owner.Liveness.GONE);
                if (starting.isPresent()) {
                    out.info(c.name() + ": a start that has not finished is bringing it up (Maven pid " + starting.get().pid() + " on "
                            + starting.get().host() + "), so it is left alone; run stop again once that start is done");
                    continue;
                }
                found.put(c.id(), false);
            }
        }
        return found;
    }
}
