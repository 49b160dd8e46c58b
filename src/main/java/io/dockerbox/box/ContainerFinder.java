package io.dockerbox.box;

import io.dockerbox.box.Labels;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds "the project's container" for logs, exec and commit: a container named explicitly, else
 * the persistent box named {@code <name>}, else the newest container of the project's box (running first).
 */
public final class ContainerFinder {
    private final Engine engine;

    public ContainerFinder(Engine engine) {
        this.engine = engine;
    }

    public Optional<ContainerInfo> find(ProjectInfo project, RunConfig run, String explicitName) throws EngineException {
        if (explicitName != null && !explicitName.isBlank()) {
            return engine.inspectContainer(explicitName.strip());
        }
        Optional<ContainerInfo> named = engine.inspectContainer(run.name())
                .filter(c -> project.coordinates().equals(c.label(Labels.PROJECT)));
        if (named.isPresent()) {
            return named;
        }
        return engine.listContainers(Map.of(Labels.PROJECT, project.coordinates(), Labels.BOX, run.box())).stream()
                .max(Comparator.comparing((ContainerInfo c) -> c.running()).thenComparing(c -> String.valueOf(c.startedAt())));
    }

    /** What was looked for, for the message when nothing was found. */
    public static String lookedFor(ProjectInfo project, RunConfig run, String explicitName) {
        if (explicitName != null && !explicitName.isBlank()) {
            return "a container named " + explicitName.strip();
        }
        return "a persistent box named " + run.name() + " and containers of " + run.box() + " labelled "
                + Labels.PROJECT + "=" + project.coordinates();
    }
}
