package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.PropertyValues;
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
    protected void doExecute() throws DockerboxException {
        var config = config();
        Integer number = PropertyValues.version(version);
        services().snapshots().revert(config.target().name(), number);
    }
}
