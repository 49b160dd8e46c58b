package io.dockerbox.snapshot;

import io.dockerbox.build.Versions;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageInfo;
import java.util.TreeMap;

/** The numbered versions of a box, as the engine has them: version to image. */
final class BoxVersions {
    private BoxVersions() {}

    static TreeMap<Integer, ImageInfo> of(Engine engine, String box) throws EngineException {
        TreeMap<Integer, ImageInfo> versions = new TreeMap<>();
        for (ImageInfo image : engine.listImages(box)) {
            for (String tag : image.repoTags()) {
                int version = Versions.version(tag, box);
                if (version > 0) {
                    versions.put(version, image);
                }
            }
        }
        return versions;
    }
}
