package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.PropertyValues;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Pushes the project's box to the registry its name starts with, every numbered version and
 * {@code latest}; with {@code -Ddockerbox.parents=true} the whole chain, parents first.
 *
 * @since 0.1.0
 */
@Mojo(name = "push", threadSafe = true)
public class PushMojo extends AbstractConfiguredMojo {
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
    private boolean parents;

    @Inject
    public PushMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        Integer number = PropertyValues.version(version);
        boolean withParents = flag("parents", PropertyNames.PARENTS, parents);
        requireOnline("push");
        services().share().push(config, number, withParents);
    }
}
