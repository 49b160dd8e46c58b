package io.dockerbox.run;

import io.dockerbox.box.Labels;
import io.dockerbox.box.Versions;
import io.dockerbox.chain.Chain;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.VolumeMount;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageInfo;
import io.dockerbox.log.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Removes what the project made: its containers always (found by the {@code dockerbox.project}
 * label, so nothing else is touched), its box images and named volumes only when asked. It says
 * what it removes and what it keeps.
 */
public final class DestroyService {
    private final Engine engine;
    private final Output out;

    public DestroyService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    /**
     * Removes the project's containers; with {@code images} every version of the target box, with
     * {@code parents} too those of its parents in the chain; with {@code volumes} the named volumes
     * of the runs. What is kept is said too.
     */
    public void destroy(DockerboxConfig config, List<RunConfig> runs, boolean images, boolean parents, boolean volumes)
            throws EngineException {
        String target = config.target().name();
        List<String> removeImages = new ArrayList<>();
        List<String> keepImages = new ArrayList<>();
        for (BoxConfig box : Chain.of(config)) {
            boolean remove = images && (box.name().equals(target) || parents);
            (remove ? removeImages : keepImages).add(box.name());
        }
        List<String> named = new ArrayList<>();
        for (RunConfig run : runs) {
            run.volumes().stream().filter(v -> v.kind() == VolumeMount.Kind.NAMED_VOLUME).map(VolumeMount::source).forEach(named::add);
        }
        destroy(config.project(), removeImages, keepImages, volumes ? named : List.of(), volumes ? List.of() : named);
    }

    /**
     * @param imageBoxes boxes whose versions are removed (empty: images are kept)
     * @param keptBoxes  boxes whose images are kept, for the report
     * @param volumes    named volumes to remove (empty: volumes are kept)
     * @param keptVolumes named volumes that are kept, for the report
     */
    private void destroy(ProjectInfo project, List<String> imageBoxes, List<String> keptBoxes, List<String> volumes, List<String> keptVolumes)
            throws EngineException {
        List<ContainerInfo> containers = engine.listContainers(Map.of(Labels.PROJECT, project.coordinates()));
        for (ContainerInfo c : containers) {
            engine.removeContainer(c.id());
            out.info("removed container " + c.name() + " (" + (c.running() ? "was running" : c.describeState()) + ")");
        }
        if (containers.isEmpty()) {
            out.info("no containers of " + project.coordinates());
        }
        engine.removeNetworkIfUnused(RunService.networkName(project));
        for (String box : imageBoxes) {
            List<String> removed = new ArrayList<>();
            for (ImageInfo image : engine.listImages(box)) {
                for (String tag : image.repoTags()) {
                    if (tag.startsWith(box + ":") && (Versions.version(tag, box) > 0 || tag.equals(box + ":latest"))) {
                        engine.removeImage(tag);
                        removed.add(tag.substring(tag.lastIndexOf(':') + 1));
                    }
                }
            }
            out.info(removed.isEmpty() ? "no images of " + box : "removed images of " + box + ": " + removed);
        }
        if (!keptBoxes.isEmpty()) {
            out.info("kept images of " + String.join(", ", keptBoxes) + (imageBoxes.isEmpty()
                    ? " (-Ddockerbox.images=true removes the project's box, -Ddockerbox.parents=true its parents too)"
                    : " (parents: -Ddockerbox.parents=true removes them)"));
        }
        for (String volume : volumes) {
            out.info(engine.removeVolume(volume) ? "removed volume " + volume : "no volume " + volume);
        }
        if (!keptVolumes.isEmpty()) {
            out.info("kept volumes " + String.join(", ", keptVolumes) + " (-Ddockerbox.volumes=true removes them)");
        }
    }
}
