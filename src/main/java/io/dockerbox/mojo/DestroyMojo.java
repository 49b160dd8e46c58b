package io.dockerbox.mojo;

import io.dockerbox.chain.Chain;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.VolumeMount;
import io.dockerbox.engine.EngineException;
import io.dockerbox.run.DestroyService;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        boolean removeImagesToo = flag(PropertyNames.IMAGES, images);
        boolean parentsToo = flag(PropertyNames.PARENTS, parents);
        boolean volumesToo = flag(PropertyNames.VOLUMES, volumes);
        var config = config();
        List<String> chain = Chain.of(config).stream().map(BoxConfig::name).toList();
        String box = config.target().name();
        List<String> removeImages = new ArrayList<>();
        List<String> keepImages = new ArrayList<>();
        for (String name : chain) {
            boolean remove = removeImagesToo && (name.equals(box) || parentsToo);
            (remove ? removeImages : keepImages).add(name);
        }
        List<String> named = new ArrayList<>();
        for (RunConfig run : runConfigs(config)) {
            run.volumes().stream().filter(v -> v.kind() == VolumeMount.Kind.NAMED_VOLUME).map(VolumeMount::source).forEach(named::add);
        }
        try {
            new DestroyService(engine(), output()).destroy(config.project(), removeImages, keepImages,
                    volumesToo ? named : List.of(), volumesToo ? List.of() : named);
        } catch (EngineException e) {
            throw engineError(e.getMessage(), e);
        }
    }
}
