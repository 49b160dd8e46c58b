package io.dockerbox.run;

import io.dockerbox.DockerboxException;
import io.dockerbox.box.Labels;
import io.dockerbox.box.Lease;
import io.dockerbox.config.PortMapping;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.RunOrder;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.ContainerSpec;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageInfo;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts the project's boxes: in {@code <dependsOn>} order, independent ones in parallel, on the
 * project's own network, each waited for until ready. Whatever fails, nothing it created is left.
 */
public final class RunService {
    private final Engine engine;
    private final Output out;
    private final Waiter waiter;
    private final RunSpecs specs;

    public RunService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
        this.waiter = new Waiter(engine);
        this.specs = new RunSpecs(engine, out);
    }

    /** The project's network: containers reach each other there by their box's short name. */
    public static String networkName(ProjectInfo project) {
        return networkName(project.artifactId());
    }

    static String networkName(String artifactId) {
        return "dockerbox-" + artifactId;
    }

    /** What removes the project's containers when Maven ends before stop; {@link #start} arms it in a build. */
    public Cleanup cleanup(ProjectInfo project) {
        return new Cleanup(engine, networkName(project), out);
    }

    /**
     * Starts the runs. A failed start is undone: what it created goes, a persistent box is stopped.
     *
     * @param runId      unique to this Maven invocation; part of temporary names and labels
     * @param standalone started by {@code mvn dockerbox:start} alone, to outlive Maven; else the
     *                   cleanup is armed, so the containers go even when Maven never reaches stop
     * @param cleanup    receives each container as soon as it exists, so a failure later still removes it
     * @param lease      the build's lease: every temporary container gets its labels; a standalone
     *                   start hands its containers over (renames them) once all are ready
     */
    public List<StartedContainer> start(ProjectInfo project, List<RunConfig> runs, String runId, boolean standalone,
            Map<String, String> known, Cleanup cleanup, Lease lease) throws DockerboxException {
        if (!standalone) {
            cleanup.arm();
        }
        // What a Maven killed before it could clean up left: removed before new containers go beside it.
        new Reaper(engine, out).removeOrphans(project, lease.owner().host());
        try {
            List<StartedContainer> started = startAll(project, runs, runId, standalone, known, cleanup.containers(), lease);
            if (standalone) {
                handOver(started);
            }
            return started;
        } catch (RunException | EngineException e) {
            if (cleanup.ranAtShutdown()) {
                // What failed is a consequence of the interrupt (the hook removed the container): say so.
                throw new DockerboxException("interrupted: Maven is ending (Ctrl-C or a signal) while dockerbox:start ran; "
                        + "the containers it started were removed", e);
            }
            new StopService(engine, out).undo(project, cleanup);
            throw e;
        }
    }

    /**
     * All ready: from now on a standalone start's containers are the user's, and no watcher or later
     * start removes them. Handed over together, once the last is ready, so that a start that fails or
     * is killed (kill -9) half-way leaves none of its boxes behind, not even those ready before.
     */
    private void handOver(List<StartedContainer> started) throws EngineException {
        for (StartedContainer container : started) {
            if (!container.run().persistent()) {
                engine.renameContainer(container.id(), container.name());
            }
        }
    }

    /**
     * What the build and the tools outside it learn of a start: {@code dockerbox.host} and each run's
     * port properties, also written to {@code target/dockerbox/ports.properties}.
     */
    public Map<String, String> publish(ProjectInfo project, List<StartedContainer> started) throws DockerboxException {
        Map<String, String> published = new TreeMap<>();
        published.put("dockerbox.host", PublishHost.of(engine.address()));
        started.forEach(c -> published.putAll(c.properties()));
        PortsFile.write(project.workDirectory().resolve("ports.properties"), published);
        return published;
    }

    private List<StartedContainer> startAll(ProjectInfo project, List<RunConfig> runs, String runId, boolean standalone,
            Map<String, String> known, Map<String, Boolean> started, Lease lease) throws RunException, EngineException {
        String host = PublishHost.of(engine.address());
        Map<String, String> values = new ConcurrentHashMap<>(known);
        values.put("dockerbox.host", host);
        List<StartedContainer> result = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(runs.size(), 4)) + 1);
        // The engine sets up a bridge network in about 0.1 s: meanwhile the first boxes' images are
        // inspected and their containers described; only creating a container needs the network.
        Future<Void> network = pool.submit(() -> {
            engine.ensureNetwork(networkName(project), Map.of(Labels.PROJECT, project.coordinates()));
            return null;
        });
        try {
            for (List<RunConfig> level : RunOrder.levels(runs)) {
                List<Future<StartedContainer>> futures = new ArrayList<>();
                for (RunConfig run : level) {
                    futures.add(pool.submit(() -> startOne(project, run, runId, standalone, values, host, started, network, lease)));
                }
                for (Future<StartedContainer> future : futures) {
                    StartedContainer container = get(future);
                    values.putAll(container.properties());
                    result.add(container);
                }
            }
            get(network);
        } finally {
            // A failed start is undone by removing the network with the containers: it must not be
            // created after that, so its creation ends before start returns or throws.
            finishQuietly(network);
            pool.shutdownNow();
        }
        return result;
    }

    private static void finishQuietly(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Reported by whoever waited for it first, or the start failed for another reason first.
        }
    }

    private StartedContainer startOne(ProjectInfo project, RunConfig run, String runId, boolean standalone,
            Map<String, String> values, String host, Map<String, Boolean> started, Future<Void> network, Lease lease)
            throws RunException, EngineException {
        long begin = System.nanoTime();
        String image = run.box() + ":latest";
        ImageInfo imageInfo = engine.inspectImage(image).orElseThrow(() -> new RunException(
                "image " + image + " not found: run mvn dockerbox:build first"));
        boolean reused = false;
        String id;
        String name = run.persistent() ? run.name() : run.name() + "-" + runId;
        Optional<ContainerInfo> existing = run.persistent() ? engine.inspectContainer(name) : Optional.empty();
        if (existing.isPresent()) {
            ContainerInfo found = existing.get();
            if (!project.coordinates().equals(found.label(Labels.PROJECT))) {
                throw new RunException("<run> '" + run.name() + "': a container named " + name
                        + " exists and was not made by dockerbox for " + project.coordinates() + "; remove it or choose another <name>");
            }
            id = found.id();
            reused = true;
            if (!imageInfo.id().equals(found.imageId())) {
                out.info(name + ": keeps running its own image (version " + found.label(Labels.VERSION)
                        + "); latest is newer: commit or destroy the persistent box to move on");
            }
            started.put(id, true);
            if (!found.running()) {
                get(network);
                startContainer(id, run);
            }
        } else {
            ContainerSpec spec = specs.spec(project, run, image, name, runId, standalone, values, lease);
            get(network);
            id = engine.createContainer(spec);
            started.put(id, run.persistent());
            startContainer(id, run);
        }
        ContainerInfo info = engine.inspectContainer(id).orElseThrow(() -> new RunException("container " + name + " vanished right after it started"));
        Map<String, String> properties = properties(run, info);
        Map<String, String> waitValues = new LinkedHashMap<>(values);
        waitValues.putAll(properties);
        waiter.await(id, name, run.waitFor(), waitValues, host);
        long millis = Units.millisSince(begin);
        out.info(name + " (" + info.shortId() + "): " + (reused ? "running again" : "started") + " from " + run.box()
                + " version " + info.label(Labels.VERSION) + ", ports " + describePorts(run, info, host)
                + ", ready in " + Units.seconds(millis));
        return new StartedContainer(run, id, name, properties, millis, reused);
    }

    /** The port properties of a run as the started container tells them. */
    private static Map<String, String> properties(RunConfig run, ContainerInfo info) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (PortMapping port : run.ports()) {
            Integer hostPort = info.ports().get(port.containerKey());
            if (port.property() != null && hostPort != null) {
                properties.put(port.property(), String.valueOf(hostPort));
            }
        }
        return properties;
    }

    /**
     * Restarts a started container (its run's stop timeout, then its command again) and waits until it
     * is ready, as start waited. The engine may give a port it chose a new number: the answer tells.
     *
     * @param known the values the run's wait may use, such as the ports of the other runs
     */
    public StartedContainer restart(StartedContainer container, Map<String, String> known) throws RunException, EngineException {
        long begin = System.nanoTime();
        RunConfig run = container.run();
        engine.stopContainer(container.id(), run.stopTimeoutSeconds());
        startContainer(container.id(), run);
        ContainerInfo info = engine.inspectContainer(container.id())
                .orElseThrow(() -> new RunException("container " + container.name() + " vanished right after it started again"));
        Map<String, String> properties = properties(run, info);
        Map<String, String> values = new LinkedHashMap<>(known);
        String host = PublishHost.of(engine.address());
        values.put("dockerbox.host", host);
        values.putAll(properties);
        waiter.await(container.id(), container.name(), run.waitFor(), values, host);
        return new StartedContainer(run, container.id(), container.name(), properties, Units.millisSince(begin), true);
    }

    private void startContainer(String id, RunConfig run) throws RunException, EngineException {
        try {
            engine.startContainer(id);
        } catch (EngineException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("port is already allocated") || message.contains("address already in use")) {
                throw new RunException(portInUse(run, message), e);
            }
            throw e;
        }
    }

    private String portInUse(RunConfig run, String message) throws EngineException {
        StringBuilder text = new StringBuilder("<run> '" + run.name() + "': a fixed host port is already in use");
        for (PortMapping port : run.ports()) {
            if (port.hostPort() != null && java.util.regex.Pattern.compile(":" + port.hostPort() + "(?!\\d)").matcher(message).find()) {
                text.append(": <port> '").append(port.spec()).append("' wants host port ").append(port.hostPort());
                for (ContainerInfo other : engine.listContainers(Map.of())) {
                    if (other.running() && other.ports().containsValue(port.hostPort())) {
                        text.append(", held by container ").append(other.name());
                    }
                }
            }
        }
        return text.append(" (").append(message.strip()).append("). Choose another host port, or a property")
                .append(" such as web.port:80 for a free one.").toString();
    }

    private static String describePorts(RunConfig run, ContainerInfo info, String host) {
        if (run.ports().isEmpty()) {
            return "none published";
        }
        List<String> parts = new ArrayList<>();
        for (PortMapping port : run.ports()) {
            Integer hostPort = info.ports().get(port.containerKey());
            parts.add((port.hostIp() != null ? port.hostIp() : host) + ":" + hostPort + "->" + port.containerKey()
                    + (port.property() != null ? " (" + port.property() + ")" : ""));
        }
        return String.join(", ", parts);
    }

    private static <T> T get(Future<T> future) throws RunException, EngineException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunException("interrupted while starting boxes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RunException re) {
                throw re;
            }
            if (e.getCause() instanceof EngineException ee) {
                throw ee;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
