package io.dockerbox.mojo;

import io.dockerbox.engine.EngineException;
import io.dockerbox.snapshot.SnapshotService;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Lists every version of the box ({@code -Ddockerbox.box} for another): kind, created, size, parent, message, latest. */
@Mojo(name = "snapshots", threadSafe = true)
public class SnapshotsMojo extends AbstractDockerboxMojo {

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        var config = config();
        try {
            new SnapshotService(engine(), output()).list(config.target().name());
        } catch (EngineException e) {
            throw engineError(e.getMessage(), e);
        }
    }
}
