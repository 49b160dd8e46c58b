package io.dockerbox.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code dockerbox:watch} does with a run's changed inputs beyond a rebuild: its {@code <sync>}
 * folders, copied straight into the running container.
 */
public record WatchConfig(List<Sync> syncs) {
    public static final WatchConfig NONE = new WatchConfig(List.of());

    public WatchConfig {
        syncs = List.copyOf(syncs);
    }

    /**
     * One {@code <sync>}: a folder of the run box's build context and where its copy lives in the
     * container; after a sync the container restarts ({@code restart}) and then {@code exec} runs, if given.
     *
     * @param path   the folder relative to the build context, with {@code /} between names ({@code source/www})
     * @param folder the same folder, absolute
     * @param target the absolute folder in the container ({@code /source/www})
     * @param exec   a shell command run in the container after a sync, or null
     */
    public record Sync(String path, Path folder, String target, String exec, boolean restart) {
        /** Whether a context-relative path is this folder or lies below it. */
        public boolean holds(String relativePath) {
            return relativePath.equals(path) || relativePath.startsWith(path + "/");
        }

        /** Where a context-relative path of this folder lives in the container. */
        public String targetOf(String relativePath) {
            String below = relativePath.substring(path.length());
            return target.equals("/") ? below : target + below;
        }
    }
}
