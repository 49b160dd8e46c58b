package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lists every version of the box ({@code -Ddockerbox.box} for another): kind, created, size, parent, message, latest.
 *
 * @since 0.1.0
 */
@Mojo(name = "snapshots", threadSafe = true)
public class SnapshotsMojo extends AbstractConfiguredMojo {

    @Inject
    public SnapshotsMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        services().snapshots().list(config().target().name());
    }
}
