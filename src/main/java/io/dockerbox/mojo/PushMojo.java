package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.PropertyValues;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Pushes the project's box to the registry its name starts with, every numbered version and
 * {@code latest}; with {@code -Ddockerbox.parents=true} the whole chain, parents first.
 */
@Mojo(name = "push", threadSafe = true)
public class PushMojo extends AbstractDockerboxMojo {
    /**
     * Push only this version (no {@code latest}). Default: every version and {@code latest}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERSION)
    private String version;

    /**
     * Push the box's parents in the chain too, parents first.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PARENTS, defaultValue = "false")
    private String parents;

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        Integer number = PropertyValues.version(version);
        boolean withParents = flag(PropertyNames.PARENTS, parents);
        requireOnline("push");
        services().share().push(config, number, withParents);
    }
}
