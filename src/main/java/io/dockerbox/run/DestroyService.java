package io.dockerbox.run;

import io.dockerbox.build.Versions;
import io.dockerbox.config.Labels;
import io.dockerbox.config.ProjectInfo;
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
     * @param imageBoxes boxes whose versions are removed (empty: images are kept)
     * @param keptBoxes  boxes whose images are kept, for the report
     * @param volumes    named volumes to remove (empty: volumes are kept)
     * @param keptVolumes named volumes that are kept, for the report
     */
    public void destroy(ProjectInfo project, List<String> imageBoxes, List<String> keptBoxes, List<String> volumes, List<String> keptVolumes)
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
