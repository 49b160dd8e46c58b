package io.dockerbox.run;

import io.dockerbox.config.Labels;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stops what start brought up: a temporary container is removed with its anonymous volumes (it is
 * thrown away, so it is not asked to shut down gracefully); a persistent one is stopped gracefully
 * and kept. The project network goes with the last container on it.
 */
public final class StopService {

    private final Engine engine;
    private final Output out;

    public StopService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    /** @param containers container id to whether it is persistent */
    public void stop(ProjectInfo project, Map<String, Boolean> containers) throws EngineException {
        for (Map.Entry<String, Boolean> entry : containers.entrySet()) {
            long begin = System.nanoTime();
            Optional<ContainerInfo> info = engine.inspectContainer(entry.getKey());
            String name = info.map(ContainerInfo::name).orElse(entry.getKey());
            if (entry.getValue()) {
                engine.stopContainer(entry.getKey(), stopTimeout(info));
                out.info(name + ": stopped and kept (persistent) [" + Units.secondsSince(begin) + "]");
            } else {
                engine.removeContainer(entry.getKey());
                out.info(name + ": removed [" + Units.secondsSince(begin) + "]");
            }
        }
        // A stopped persistent box still belongs to the network: it must find it when it starts again.
        if (engine.listContainers(Map.of(Labels.PROJECT, project.coordinates())).isEmpty()
                && engine.removeNetworkIfUnused(RunService.networkName(project))) {
            out.debug("removed network " + RunService.networkName(project));
        }
    }

    /** The container's {@code <stopTimeout>} as it was started, else Docker's 10 s. */
    public static int stopTimeout(Optional<ContainerInfo> info) {
        String label = info.map(c -> c.label(Labels.STOP_TIMEOUT)).orElse(null);
        try {
            return label == null ? RunConfig.DEFAULT_STOP_TIMEOUT : Math.max(0, Integer.parseInt(label));
        } catch (NumberFormatException e) {
            return RunConfig.DEFAULT_STOP_TIMEOUT;
        }
    }

    /**
     * What {@code mvn dockerbox:stop} on its own stops: the project's containers that a standalone
     * start left running, and its persistent boxes. Containers of other builds are not touched.
     */
    public Map<String, Boolean> leftRunning(ProjectInfo project) throws EngineException {
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (ContainerInfo c : engine.listContainers(Map.of(Labels.PROJECT, project.coordinates()))) {
            boolean persistent = "true".equals(c.label(Labels.PERSISTENT));
            if (persistent && c.running() || !persistent && "true".equals(c.label(Labels.STANDALONE))) {
                found.put(c.id(), persistent);
            }
        }
        return found;
    }
}
