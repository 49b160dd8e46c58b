package io.dockerbox.box;

import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageInfo;
import java.util.List;
import java.util.TreeMap;

/** Box versions are the numeric tags of its repository: 1, 2, 3 ... */
public final class Versions {
    private Versions() {}

    /** The highest numbered version tag of {@code repository} among the images, or 0. */
    public static int highest(List<ImageInfo> images, String repository) {
        int highest = 0;
        for (ImageInfo image : images) {
            for (String tag : image.repoTags()) {
                int version = version(tag, repository);
                highest = Math.max(highest, version);
            }
        }
        return highest;
    }

    /** The version a {@code repository:N} tag names, or 0 when it is not one. */
    public static int version(String repoTag, String repository) {
        int colon = repoTag.lastIndexOf(':');
        if (colon <= repoTag.lastIndexOf('/')) {
            return 0;
        }
        String repo = repoTag.substring(0, colon);
        // Podman reports fully qualified names (docker.io/library/x:1).
        if (!repo.equals(repository) && !repo.endsWith("/" + repository)) {
            return 0;
        }
        return parse(repoTag.substring(colon + 1));
    }

    public static int parse(String tag) {
        if (tag == null || tag.isEmpty() || tag.length() > 9 || !tag.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Integer.parseInt(tag);
    }

    /** The numbered versions of a box as the engine has them: version to image. */
    public static TreeMap<Integer, ImageInfo> byNumber(Engine engine, String box) throws EngineException {
        TreeMap<Integer, ImageInfo> versions = new TreeMap<>();
        for (ImageInfo image : engine.listImages(box)) {
            for (String tag : image.repoTags()) {
                int version = version(tag, box);
                if (version > 0) {
                    versions.put(version, image);
                }
            }
        }
        return versions;
    }
}
