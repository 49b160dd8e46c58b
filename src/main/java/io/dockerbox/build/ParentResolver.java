package io.dockerbox.build;

import io.dockerbox.box.Labels;
import io.dockerbox.box.Versions;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.ImageReference;
import io.dockerbox.config.PullPolicy;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageInfo;
import io.dockerbox.engine.TransferFailedException;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import java.util.List;
import java.util.Optional;

/**
 * Where a box's parents come from when they are not built here: a parent image that is not a box of
 * the chain (present in the engine, or pulled), and the chain's boxes that come from their registry
 * (pulled before they are built, or only pulled).
 */
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

    /**
     * Pulls a box's latest when the policy wants it: always, or when missing here. Only names with a
     * registry host are pulled, or boxes that cannot be built; a box built from its directory falls
     * back to building when the pull fails.
     */
    Optional<ImageInfo> pullIfWanted(BoxConfig box) throws BoxException, EngineException {
        boolean fromRegistry = ImageReference.registry(box.name()).isPresent();
        if (pull == PullPolicy.NEVER || !(fromRegistry || box.pullOnly())) {
            return Optional.empty();
        }
        if (pull == PullPolicy.MISSING && engine.inspectImage(box.name() + ":latest").isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(puller.pullLatest(box.name()));
        } catch (TransferFailedException e) {
            if (box.pullOnly()) {
                throw new BoxException(e.getMessage() + "\n" + box.name() + " has no <directory>, so it cannot be built here,"
                        + " only pulled; add its <directory> to build it locally.", e);
            }
            boolean here = engine.inspectImage(box.name() + ":latest").isPresent();
            String fallback = here ? "using the one here" : "building it from " + box.directory();
            if (e.imageMissing()) {
                // Not pushed yet: the normal state of a chain before its first push.
                out.info(box.name() + ": not in its registry yet; " + fallback);
            } else {
                out.warn(box.name() + ": " + e.getMessage().lines().findFirst().orElse("pull failed") + "; " + fallback);
            }
            return Optional.empty();
        }
    }

    /** A box that can only be pulled: what its registry just gave, or else what the engine has. */
    BoxResult pullOnlyResult(BoxConfig box, Optional<ImageInfo> pulled, long start) throws BoxException, EngineException {
        Optional<ImageInfo> image = pulled.isPresent() ? pulled : engine.inspectImage(box.name() + ":latest");
        if (image.isEmpty()) {
            throw new BoxException(box.name() + ": not present in the engine at " + engine.address() + " and -Ddockerbox.pull="
                    + pull + " (or Maven offline), so it is not pulled; it has no <directory>, so it cannot be built either."
                    + " Pull it (mvn dockerbox:pull -Ddockerbox.box=" + box.name() + "), or run without -o / -Ddockerbox.pull=never.", null);
        }
        ImageInfo found = image.get();
        int version = Versions.parse(found.label(Labels.VERSION));
        BoxResult.Outcome outcome = pulled.isPresent() ? BoxResult.Outcome.PULLED : BoxResult.Outcome.PRESENT;
        if (pulled.isEmpty()) {
            out.info(box.name() + ": present, version " + version + " (" + found.shortId() + "); it has no <directory>,"
                    + " so it is only pulled" + (pull == PullPolicy.ALWAYS ? "" : " (always with -Ddockerbox.pull=always)"));
        }
        return new BoxResult(box.name(), outcome, version, found.id(), found.size(), Units.millisSince(start));
    }
}
