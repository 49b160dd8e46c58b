package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Removes what the project made: every container of the project (temporary and persistent); the box
 * images only with {@code -Ddockerbox.images=true} (parents only with {@code -Ddockerbox.parents=true}),
 * named volumes only with {@code -Ddockerbox.volumes=true}.
 *
 * @since 0.1.0
 */
@Mojo(name = "destroy", threadSafe = true)
public class DestroyMojo extends AbstractRunMojo {
    /**
     * Also remove every version of the project's box.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.IMAGES, defaultValue = "false")
    private boolean images;

    /**
     * With images: also remove the versions of the box's parents in the chain.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PARENTS, defaultValue = "false")
    private boolean parents;

    /**
     * Also remove the named volumes of the project's runs.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VOLUMES, defaultValue = "false")
    private boolean volumes;

    @Inject
    public DestroyMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        boolean removeImages = flag("images", PropertyNames.IMAGES, images);
        boolean parentsToo = flag("parents", PropertyNames.PARENTS, parents);
        boolean volumesToo = flag("volumes", PropertyNames.VOLUMES, volumes);
        var config = config();
        var runs = runConfigs(config);
        services().destroy().destroy(config, runs, removeImages, parentsToo, volumesToo);
    }
}
