package io.dockerbox.mojo;

import io.dockerbox.config.BoxConfig;
import io.dockerbox.engine.EngineException;
import io.dockerbox.run.StatusService;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** A table of the project's containers (state, uptime, ports, CPU %, memory) and of its boxes (versions, latest, size). */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractDockerboxMojo {

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        var config = config();
        try {
            new StatusService(engine(), output()).print(config.project(), config.boxes().stream().map(BoxConfig::name).toList());
        } catch (EngineException e) {
            throw engineError(e.getMessage(), e);
        }
    }
}
