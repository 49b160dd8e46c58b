package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.BoxConfig;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A table of the project's containers (state, uptime, ports, CPU %, memory) and of its boxes (versions, latest, size).
 *
 * @since 0.1.0
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractConfiguredMojo {

    @Inject
    public StatusMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        services().status().print(config.project(), config.boxes().stream().map(BoxConfig::name).toList());
    }
}
