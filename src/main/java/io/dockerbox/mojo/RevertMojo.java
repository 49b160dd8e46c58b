package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.PropertyValues;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Moves the box's {@code latest} to an earlier version. Removes nothing: every version stays.
 *
 * @since 0.1.0
 */
@Mojo(name = "revert", threadSafe = true)
public class RevertMojo extends AbstractConfiguredMojo {
    /**
     * The version {@code latest} moves to. Default: the version before the current {@code latest}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERSION)
    private String version;

    @Inject
    public RevertMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        Integer number = PropertyValues.version(version);
        services().snapshots().revert(config.target().name(), number);
    }
}
