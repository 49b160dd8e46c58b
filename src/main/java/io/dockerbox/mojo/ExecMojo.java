package io.dockerbox.mojo;

import io.dockerbox.config.PropertyValues;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.EngineException;
import io.dockerbox.run.ContainerFinder;
import io.dockerbox.run.RunException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Runs {@code -Ddockerbox.command} inside the running project container: the way to change the started box before a commit. */
@Mojo(name = "exec", threadSafe = true)
public class ExecMojo extends AbstractRunMojo {
    /**
     * The command, given to {@code /bin/sh -c}. Its exit code decides whether the build passes.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.COMMAND)
    private String command;

    /**
     * The container to run it in. Default: the project's running container.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CONTAINER)
    private String container;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        var config = config();
        var run = runConfigs(config).get(0);
        String toRun = checked(() -> PropertyValues.requiredCommand("exec", command));
        String containerName = checked(() -> PropertyValues.container(container));
        try {
            ContainerInfo target = new ContainerFinder(engine()).find(config.project(), run, containerName)
                    .filter(ContainerInfo::running)
                    .orElseThrow(() -> userError(new RunException("no running container to exec in: looked for "
                            + ContainerFinder.lookedFor(config.project(), run, containerName) + "; mvn dockerbox:start starts one")));
            output().info("running in " + target.name() + " (" + target.shortId() + "): " + toRun);
            int code = engine().exec(target.id(), List.of("/bin/sh", "-c", toRun), line -> output().info("  | " + line));
            if (code != 0) {
                throw new MojoFailureException("the command exited with code " + code + " in " + target.name() + ": " + toRun);
            }
        } catch (EngineException e) {
            throw engineError(e.getMessage(), e);
        }
    }
}
