package io.dockerbox.snapshot;

import io.dockerbox.config.CommitVolumes;
import io.dockerbox.engine.Mount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a container's mounts a commit reads into the image, and why each other one is left out.
 * Anonymous volumes are the box's own data (the engine made them from the image's {@code VOLUME}
 * paths) and are kept by default; named volumes are shared by design and outlive containers, so
 * only {@code all} keeps them; a bind mount is the user's own folder and is never committed; a
 * tmpfs holds nothing that outlives the container.
 */
public record VolumePlan(List<Mount> kept, List<LeftOut> leftOut) {

    /** A mount the commit does not read, and the sentence that says why. */
    public record LeftOut(Mount mount, String why) {}

    public VolumePlan {
        kept = List.copyOf(kept);
        leftOut = List.copyOf(leftOut);
    }

    public static VolumePlan of(List<Mount> mounts, CommitVolumes mode) {
        List<Mount> kept = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (Mount m : mounts.stream().sorted(Comparator.comparing(Mount::destination)).toList()) {
            if (m.bind()) {
                leftOut.add(new LeftOut(m, "bind mount of " + m.source() + " at " + m.destination()
                        + " left out: a bind mount is your own folder and is never committed"));
            } else if (!m.volume()) {
                leftOut.add(new LeftOut(m, m.type() + " mount at " + m.destination() + " left out: it holds nothing that outlives the container"));
            } else if (mode == CommitVolumes.NONE) {
                leftOut.add(new LeftOut(m, describe(m) + " left out (" + CommitVolumes.PROPERTY + "=none)"));
            } else if (m.anonymous() || mode == CommitVolumes.ALL) {
                kept.add(m);
            } else {
                leftOut.add(new LeftOut(m, describe(m) + " left out (" + CommitVolumes.PROPERTY + "=" + mode.word()
                        + "): a named volume is shared and outlives the container; -D" + CommitVolumes.PROPERTY + "=all commits it"));
            }
        }
        return new VolumePlan(kept, leftOut);
    }

    /** {@code volume /data (anonymous)} or {@code named volume site-db at /var/lib/mysql}. */
    static String describe(Mount m) {
        return m.anonymous() ? "volume " + m.destination() + " (anonymous)" : "named volume " + m.name() + " at " + m.destination();
    }

    /**
     * The destinations under {@code destination} that its archive must skip: every other mount below
     * it, kept ones being read on their own and left-out ones staying out (the engine's archive
     * follows mounts).
     */
    List<String> nestedUnder(Mount volume) {
        String prefix = volume.destination().endsWith("/") ? volume.destination() : volume.destination() + "/";
        List<String> nested = new ArrayList<>();
        kept.stream().map(Mount::destination).filter(d -> d.startsWith(prefix)).forEach(nested::add);
        leftOut.stream().map(l -> l.mount().destination()).filter(d -> d.startsWith(prefix)).forEach(nested::add);
        return nested;
    }
}
