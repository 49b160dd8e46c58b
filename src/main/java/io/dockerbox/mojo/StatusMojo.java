package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.PropertyValues;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A table of the project's containers (state, uptime, ports, CPU %, memory) and of its boxes (versions, latest, size).
 *
 * @since 0.1.0
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractConfiguredMojo {

    /**
     * This machine's name in the {@code dockerbox.owner} label of temporary containers, by which a later
     * start or status on the same machine tells whether the Maven that made them still runs. Default:
     * the host name. Set it where several machines (CI containers, say) share one engine under one host name.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.OWNER_HOST)
    private String ownerHost;

    @Inject
    public StatusMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        services().status().print(config.project(), config.boxes().stream().map(BoxConfig::name).toList(), PropertyValues.ownerHost(ownerHost));
    }
}
