package io.dockerbox.mojo;

import io.dockerbox.config.PropertyValues;
import io.dockerbox.engine.EngineException;
import io.dockerbox.run.RunException;
import io.dockerbox.run.ShellService;
import io.dockerbox.run.Terminal;
import java.util.UUID;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A new, temporary container from the project box's image: an interactive shell on Maven's terminal,
 * or one command ({@code -Ddockerbox.command}). Not the container start runs. Removed afterwards
 * unless {@code -Ddockerbox.persistent}.
 */
@Mojo(name = "shell", threadSafe = true)
public class ShellMojo extends AbstractRunMojo {
    /**
     * The command, given to {@code /bin/sh -c} so quotes and pipes work as in a terminal. Its exit code
     * decides whether the build passes.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.COMMAND)
    private String command;

    /**
     * The version of the box to use. Default: {@code latest}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERSION)
    private String version;

    /** Keep the container afterwards, to look at it or commit it. */
    @Parameter(property = PropertyNames.PERSISTENT, defaultValue = "false")
    private String keep;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        var config = config();
        var run = runConfigs(config).get(0);
        Integer number = checked(() -> PropertyValues.versionOrLatest(version));
        boolean interactive = command == null || command.isBlank();
        if (interactive && !Terminal.present()) {
            throw userError(new RunException("dockerbox:shell needs a terminal or a command: stdin is not a terminal, so no"
                    + " interactive shell is opened; -Ddockerbox.command=\"...\" runs one command in a new container from " + run.box()));
        }
        try {
            int code = new ShellService(engine(), output()).run(config.project(), run, number, interactive ? null : command,
                    flag(PropertyNames.PERSISTENT, keep),
                    UUID.randomUUID().toString().substring(0, 8));
            if (code != 0) {
                throw new MojoFailureException(interactive ? "the shell exited with code " + code
                        : "the command exited with code " + code + ": " + command);
            }
        } catch (RunException e) {
            throw userError(e);
        } catch (EngineException e) {
            throw engineError(e.getMessage(), e);
        }
    }
}
