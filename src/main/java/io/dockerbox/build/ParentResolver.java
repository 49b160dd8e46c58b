package io.dockerbox.build;

import io.dockerbox.config.BoxConfig;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageInfo;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import java.util.List;
import java.util.Optional;

/** Finds a parent image that is not a box of the chain: present in the engine, or pulled. */
final class ParentResolver {
    private final Engine engine;
    private final Output out;
    private final boolean offline;

    ParentResolver(Engine engine, Output out, boolean offline) {
        this.engine = engine;
        this.out = out;
        this.offline = offline;
    }

    /** The outside parent of {@code box}; pulls it when missing, and says so in {@code results}. */
    Parent resolve(BoxConfig box, List<BoxResult> results) throws BoxException, EngineException {
        String from = box.from();
        Optional<ImageInfo> present = engine.inspectImage(from);
        if (present.isPresent()) {
            return new Parent(from, present.get().id());
        }
        String notFound = box.name() + ": its parent image '" + from + "' is not a box of <boxes> and not present in the engine at "
                + engine.address();
        if (offline) {
            throw new BoxException(notFound + ", and Maven is offline (-o), so it is not pulled. "
                    + "Build or load it first (docker build / docker load), add its box to <boxes>, or run without -o.");
        }
        long start = System.nanoTime();
        out.info(box.name() + ": pulling parent " + from);
        try {
            engine.pull(from, line -> out.info("  | " + line));
        } catch (EngineException e) {
            throw new BoxException(notFound + ", and pulling it failed: " + e.getMessage()
                    + ". Build or load it first (docker build / docker load), add its box to <boxes>, or fix <from>.", e);
        }
        ImageInfo pulled = engine.inspectImage(from)
                .orElseThrow(() -> new BoxException(notFound + ", and it is still missing after a pull that reported success"));
        results.add(new BoxResult(from, BoxResult.Outcome.PULLED, 0, pulled.id(), pulled.size(), Units.millisSince(start)));
        return new Parent(from, pulled.id());
    }
}
