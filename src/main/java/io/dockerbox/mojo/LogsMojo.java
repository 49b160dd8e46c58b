package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints the output of the project's container; {@code -Ddockerbox.follow} follows it until Ctrl-C.
 *
 * @since 0.1.0
 */
@Mojo(name = "logs", threadSafe = true)
public class LogsMojo extends AbstractRunMojo {
    /**
     * Keep printing new output until Ctrl-C or until the container stops.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FOLLOW, defaultValue = "false")
    private boolean follow;

    @Inject
    public LogsMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        var run = runConfigs(config).get(0);
        boolean following = flag("follow", PropertyNames.FOLLOW, follow);
        services().logs().print(config.project(), run, following);
    }
}
