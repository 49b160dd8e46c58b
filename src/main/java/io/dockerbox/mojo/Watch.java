package io.dockerbox.mojo;

import java.util.ArrayList;
import java.util.List;

/** A {@code <watch>} element of a {@code <run>} as Maven fills it: one or more {@code <sync>}. */
public class Watch {
    private final List<Sync> syncs = new ArrayList<>();

    /**
     * Maven calls this once per {@code <sync>} element: the elements stand side by side in
     * {@code <watch>}, with no list element around them.
     */
    public void setSync(Sync sync) {
        syncs.add(sync);
    }

    public List<Sync> getSyncs() {
        return syncs;
    }

    /** A {@code <sync>}: a folder of the build context copied into the running container. */
    public static class Sync {
        /** The folder, relative to the build context of the run's box. */
        private String path;

        /** The absolute folder in the container where its copy lives. */
        private String target;

        /** A shell command run in the container after each sync. */
        private String exec;

        /** Restart the container after each sync (true or false). */
        private String restart;

        public String getPath() {
            return path;
        }

        public String getTarget() {
            return target;
        }

        public String getExec() {
            return exec;
        }

        public String getRestart() {
            return restart;
        }
    }
}
