package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Renders every box's Dockerfile to {@code target/dockerbox/<box>/Dockerfile}; needs no engine.
 *
 * @since 0.1.0
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class RenderMojo extends AbstractConfiguredMojo {

    @Inject
    public RenderMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        services().render().renderAll(config());
    }
}
