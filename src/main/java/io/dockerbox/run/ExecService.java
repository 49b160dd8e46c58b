package io.dockerbox.run;

import io.dockerbox.box.ContainerFinder;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Output;
import java.util.List;

/** Runs a command inside the project's running container: the way to change a started box before a commit. */
public final class ExecService {
    private final Engine engine;
    private final Output out;

    public ExecService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    /**
     * Runs {@code command} with {@code /bin/sh -c} in the running container of {@code run} (or the one
     * named {@code containerName}), its output streamed; an exit code other than 0 is a failure.
     */
    public void exec(ProjectInfo project, RunConfig run, String containerName, String command) throws RunException, EngineException {
        ContainerInfo target = new ContainerFinder(engine).find(project, run, containerName)
                .filter(ContainerInfo::running)
                .orElseThrow(() -> new RunException("no running container to exec in: looked for "
                        + ContainerFinder.lookedFor(project, run, containerName) + "; mvn dockerbox:start starts one"));
        out.info("running in " + target.name() + " (" + target.shortId() + "): " + command);
        int code = engine.exec(target.id(), List.of("/bin/sh", "-c", command), line -> out.info("  | " + line));
        if (code != 0) {
            throw new RunException("the command exited with code " + code + " in " + target.name() + ": " + command);
        }
    }
}
