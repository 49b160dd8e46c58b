package io.dockerbox.run;

import io.dockerbox.box.ContainerFinder;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Output;

/** Prints the output of the project's container: the persistent box, else the newest one of the project's box. */
public final class LogsService {
    private final Engine engine;
    private final Output out;

    public LogsService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    public void print(ProjectInfo project, RunConfig run, boolean follow) throws RunException, EngineException {
        ContainerInfo container = new ContainerFinder(engine).find(project, run, null).orElseThrow(() -> new RunException(
                "no container of " + run.box() + " for " + project.coordinates() + " (looked for "
                        + ContainerFinder.lookedFor(project, run, null) + "): run mvn dockerbox:start first"));
        out.info("output of " + container.name() + " (" + container.shortId() + ", " + (container.running() ? "running" : container.describeState()) + ")"
                + (follow ? ", following until Ctrl-C:" : ":"));
        if (follow) {
            engine.followLogs(container.id(), 0, line -> out.info(line));
        } else {
            engine.logs(container.id(), 0).forEach(out::info);
        }
    }
}
