package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.PropertyValues;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Fetches the project's box ({@code -Ddockerbox.box} another) from its registry: {@code latest},
 * which also gets its number tag here, or one version. A version that is here is never replaced.
 *
 * @since 0.1.0
 */
@Mojo(name = "pull", threadSafe = true)
public class PullMojo extends AbstractConfiguredMojo {
    /**
     * Pull this version instead of {@code latest}; {@code latest} does not move.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERSION)
    private String version;

    @Inject
    public PullMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        Integer number = PropertyValues.version(version);
        requireOnline("pull");
        services().share().pull(config.target().name(), number);
    }
}
