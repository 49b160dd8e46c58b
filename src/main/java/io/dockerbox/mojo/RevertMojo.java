package io.dockerbox.mojo;

import io.dockerbox.config.PropertyValues;
import io.dockerbox.engine.EngineException;
import io.dockerbox.snapshot.SnapshotException;
import io.dockerbox.snapshot.SnapshotService;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Moves the box's {@code latest} to an earlier version. Removes nothing: every version stays. */
@Mojo(name = "revert", threadSafe = true)
public class RevertMojo extends AbstractDockerboxMojo {
    /**
     * The version {@code latest} moves to. Default: the version before the current {@code latest}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERSION)
    private String version;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        var config = config();
        Integer number = checked(() -> PropertyValues.version(version));
        try {
            new SnapshotService(engine(), output()).revert(config.target().name(), number);
        } catch (SnapshotException e) {
            throw userError(e);
        } catch (EngineException e) {
            throw engineError(e.getMessage(), e);
        }
    }
}
