package io.dockerbox.run;

import io.dockerbox.config.Labels;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Output;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** Prints the output of the project's container: the persistent box, else the newest one of the project's box. */
public final class LogsService {
    private final Engine engine;
    private final Output out;

    public LogsService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    public void print(ProjectInfo project, RunConfig run, boolean follow) throws RunException, EngineException {
        ContainerInfo container = find(project, run).orElseThrow(() -> new RunException("no container of " + run.box()
                + " for " + project.coordinates() + " (looked for a persistent box named " + run.name()
                + " and containers labelled " + Labels.PROJECT + "=" + project.coordinates() + "): run mvn dockerbox:start first"));
        out.info("output of " + container.name() + " (" + container.shortId() + ", " + (container.running() ? "running" : container.describeState()) + ")"
                + (follow ? ", following until Ctrl-C:" : ":"));
        if (follow) {
            engine.followLogs(container.id(), 0, line -> out.info(line));
        } else {
            engine.logs(container.id(), 0).forEach(out::info);
        }
    }

    private Optional<ContainerInfo> find(ProjectInfo project, RunConfig run) throws EngineException {
        Optional<ContainerInfo> named = engine.inspectContainer(run.name())
                .filter(c -> project.coordinates().equals(c.label(Labels.PROJECT)));
        if (named.isPresent()) {
            return named;
        }
        return engine.listContainers(Map.of(Labels.PROJECT, project.coordinates(), Labels.BOX, run.box())).stream()
                .max(Comparator.comparing((ContainerInfo c) -> c.running()).thenComparing(c -> String.valueOf(c.startedAt())));
    }
}
