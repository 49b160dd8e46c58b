package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Removes what the project made: every container of the project (temporary and persistent); the box
 * images only with {@code -Ddockerbox.images=true} (parents only with {@code -Ddockerbox.parents=true}),
 * named volumes only with {@code -Ddockerbox.volumes=true}.
 */
@Mojo(name = "destroy", threadSafe = true)
public class DestroyMojo extends AbstractRunMojo {
    /** Also remove every version of the project's box. */
    @Parameter(property = PropertyNames.IMAGES, defaultValue = "false")
    private String images;

    /** With images: also remove the versions of the box's parents in the chain. */
    @Parameter(property = PropertyNames.PARENTS, defaultValue = "false")
    private String parents;

    /** Also remove the named volumes of the project's runs. */
    @Parameter(property = PropertyNames.VOLUMES, defaultValue = "false")
    private String volumes;

    @Override
    protected void doExecute() throws DockerboxException {
        boolean removeImages = flag(PropertyNames.IMAGES, images);
        boolean parentsToo = flag(PropertyNames.PARENTS, parents);
        boolean volumesToo = flag(PropertyNames.VOLUMES, volumes);
        var config = config();
        var runs = runConfigs(config);
        services().destroy().destroy(config, runs, removeImages, parentsToo, volumesToo);
    }
}
