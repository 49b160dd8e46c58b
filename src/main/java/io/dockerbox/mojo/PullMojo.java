package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.PropertyValues;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fetches the project's box ({@code -Ddockerbox.box} another) from its registry: {@code latest},
 * which also gets its number tag here, or one version. A version that is here is never replaced.
 */
@Mojo(name = "pull", threadSafe = true)
public class PullMojo extends AbstractDockerboxMojo {
    /**
     * Pull this version instead of {@code latest}; {@code latest} does not move.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERSION)
    private String version;

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        Integer number = PropertyValues.version(version);
        requireOnline("pull");
        services().share().pull(config.target().name(), number);
    }
}
