package io.dockerbox.build;

import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.PullPolicy;
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
    private final PullPolicy pull;
    private final BoxPuller puller;

    ParentResolver(Engine engine, Output out, PullPolicy pull, BoxPuller puller) {
        this.engine = engine;
        this.out = out;
        this.pull = pull;
        this.puller = puller;
    }

    /** The outside parent of {@code box}; pulls it when missing, and says so in {@code results}. */
    Parent resolve(BoxConfig box, List<BoxResult> results) throws BoxException, EngineException {
        return resolve(box, box.from(), "its parent image", results);
    }

    /**
     * The image of a build stage of {@code box} other than its last, resolved as a parent is: by
     * dockerbox, pulled with its registry's credentials when missing, never by the engine.
     */
    Parent resolveStage(BoxConfig box, String image, List<BoxResult> results) throws BoxException, EngineException {
        return resolve(box, image, "the image of one of its build stages,", results);
    }

    private Parent resolve(BoxConfig box, String from, String role, List<BoxResult> results) throws BoxException, EngineException {
        Optional<ImageInfo> present = engine.inspectImage(from);
        if (present.isPresent() && pull != PullPolicy.ALWAYS) {
            return new Parent(from, present.get().id(), present.get().repoDigests());
        }
        String notFound = box.name() + ": " + role + " '" + from + "' is not a box of <boxes> and not present in the engine at "
                + engine.address();
        if (pull == PullPolicy.NEVER) {
            throw new BoxException(notFound + ", and pulling is off (Maven offline, or -Ddockerbox.pull=never). "
                    + "Build or load it first (docker build / docker load), add its box to <boxes>, or run without -o.");
        }
        long start = System.nanoTime();
        ImageInfo pulled;
        try {
            pulled = puller.pullImage(from);
        } catch (EngineException e) {
            if (present.isPresent()) {
                out.warn(box.name() + ": pulling " + from + " failed (" + e.getMessage() + "); using the one here");
                return new Parent(from, present.get().id(), present.get().repoDigests());
            }
            throw new BoxException(notFound + ", and pulling it failed: " + e.getMessage().replaceFirst("\\.$", "")
                    + ". Build or load it first (docker build / docker load), add its box to <boxes>, or fix <from>.", e);
        }
        results.add(new BoxResult(from, BoxResult.Outcome.PULLED, 0, pulled.id(), pulled.size(), Units.millisSince(start)));
        return new Parent(from, pulled.id(), pulled.repoDigests());
    }
}
