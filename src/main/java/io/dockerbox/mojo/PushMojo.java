package io.dockerbox.mojo;

import io.dockerbox.chain.Chain;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.PropertyValues;
import io.dockerbox.engine.EngineException;
import io.dockerbox.share.ShareException;
import io.dockerbox.share.ShareService;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        var config = config();
        Integer number = checked(() -> PropertyValues.version(version));
        List<BoxConfig> boxes = flag(PropertyNames.PARENTS, parents) ? Chain.of(config) : List.of(config.target());
        ShareService share = share();
        try {
            for (BoxConfig box : boxes) {
                share.push(box.name(), box == config.target() ? number : null);
            }
        } catch (ShareException e) {
            throw userError(e);
        } catch (EngineException e) {
            throw engineError(e.getMessage(), e);
        }
    }
}
