package io.dockerbox.build;

import io.dockerbox.engine.ImageIds;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import java.util.List;
import java.util.Locale;

/** The closing table of a build: one line per box. */
public final class Summary {
    private Summary() {}

    public static void print(List<BoxResult> results, Output out) {
        int width = results.stream().mapToInt(r -> r.box().length()).max().orElse(10);
        out.info("dockerbox summary:");
        for (BoxResult r : results) {
            out.info(String.format(Locale.ROOT, "  %-" + width + "s  %-10s  %-8s  %-12s  %8s  %7s",
                    r.box(), r.outcome(), r.version() > 0 ? "v" + r.version() : "-", ImageIds.shortId(r.imageId()),
                    Units.megabytes(r.size()), Units.seconds(r.millis())));
        }
    }
}
