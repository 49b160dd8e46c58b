package io.dockerbox.mojo;

import io.dockerbox.engine.EngineException;
import io.dockerbox.run.LogsService;
import io.dockerbox.run.RunException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Prints the output of the project's container; {@code -Ddockerbox.follow} follows it until Ctrl-C. */
@Mojo(name = "logs", threadSafe = true)
public class LogsMojo extends AbstractRunMojo {
    /**
     * Keep printing new output until Ctrl-C or until the container stops.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FOLLOW, defaultValue = "false")
    private String follow;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        var config = config();
        var run = runConfigs(config).get(0);
        try {
            new LogsService(engine(), output()).print(config.project(), run, flag(PropertyNames.FOLLOW, follow));
        } catch (RunException e) {
            throw userError(e);
        } catch (EngineException e) {
            throw engineError(e.getMessage(), e);
        }
    }
}
