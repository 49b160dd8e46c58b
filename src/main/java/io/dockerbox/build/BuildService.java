package io.dockerbox.build;

import io.dockerbox.DockerboxException;
import io.dockerbox.box.Labels;
import io.dockerbox.box.VersionLock;
import io.dockerbox.box.Versions;
import io.dockerbox.chain.Chain;
import io.dockerbox.chain.ContextEntry;
import io.dockerbox.chain.HashCache;
import io.dockerbox.chain.InputDigest;
import io.dockerbox.chain.UnreadableContextException;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.BuilderChoice;
import io.dockerbox.config.PullPolicy;
import io.dockerbox.engine.BuildFailedException;
import io.dockerbox.engine.BuildRequest;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageIds;
import io.dockerbox.engine.ImageInfo;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import io.dockerbox.render.RenderException;
import io.dockerbox.render.RenderService;
import io.dockerbox.render.RenderedDockerfile;
import io.dockerbox.render.TemplateModel;
import io.dockerbox.render.TemplateRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the chain that leads to the target box, parents first. A box whose inputs digest equals
 * the one on its {@code latest} image is up to date and not built; otherwise the new image becomes
 * version n+1 and {@code latest}. Older versions are never touched.
 */
public final class BuildService {
    /** {@code box.version} while the digest is computed, so a template that prints it does not change its own inputs. */
    static final String DIGEST_VERSION = "0";
    /** Independent boxes built at once: the engine does the work; two keep it busy without starving it. */
    private static final int PARALLEL_BUILDS = 2;

    private final Engine engine;
    private final TemplateRenderer renderer;
    private final Output out;
    private final PullPolicy pull;
    private final BoxPuller puller;
    private final BuilderChoice builder;

    /**
     * @param pull   when parents are pulled ({@code -Ddockerbox.pull}; offline means never)
     * @param puller fetches a box from its registry
     */
    public BuildService(Engine engine, TemplateRenderer renderer, Output out, PullPolicy pull, BoxPuller puller) {
        this(engine, renderer, out, pull, puller, BuilderChoice.AUTO);
    }

    /** @param builder which of the engine's builders builds ({@code -Ddockerbox.builder}) */
    public BuildService(Engine engine, TemplateRenderer renderer, Output out, PullPolicy pull, BoxPuller puller, BuilderChoice builder) {
        this.engine = engine;
        this.renderer = renderer;
        this.out = out;
        this.pull = pull;
        this.puller = puller;
        this.builder = builder;
    }

    /** Builds the chain of the configuration's target box. */
    public List<BoxResult> build(DockerboxConfig config) throws DockerboxException {
        return build(config, List.of(config.target()));
    }

    /** Builds the chains of several boxes; their inputs are read first. */
    public List<BoxResult> build(DockerboxConfig config, List<BoxConfig> targets) throws DockerboxException {
        return build(config, targets, BuildInputs.read(config, targets, renderer));
    }

    /**
     * Builds the chains of several boxes (the target and the boxes of {@code <runs>}): each box once,
     * parents first, independent branches at the same time. Results: pulled outside parents, then the
     * boxes parents first.
     *
     * @param inputs read by {@link BuildInputs#read} for the same targets, before the engine was asked anything
     */
    public List<BoxResult> build(DockerboxConfig config, List<BoxConfig> targets, BuildInputs inputs) throws DockerboxException {
        List<BoxConfig> order = Chain.of(config, targets);
        // Side by side, engine output lines are told apart by the box's short name.
        boolean parallel = !BuildSchedule.linear(config, order);
        List<BoxResult> outside = Collections.synchronizedList(new ArrayList<>());
        ParentResolver parents = new ParentResolver(engine, out, pull, puller);
        // By name: a record's equals is bootstrapped through method handles on first use (≈50 ms of a no-op).
        Set<String> targetNames = targets.stream().map(BoxConfig::name).collect(Collectors.toSet());
        List<BoxResult> built;
        try {
            built = BuildSchedule.run(config, order, PARALLEL_BUILDS,
                    (box, parent) -> buildOne(config, inputs, box, targetNames.contains(box.name()), parent, parents, outside, parallel));
        } catch (DockerboxException | RuntimeException e) {
            throw e;
        } catch (IOException e) {
            throw ioFailure(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<BoxResult> results = new ArrayList<>(outside);
        results.addAll(built);
        return results;
    }

    /** An I/O failure of a build: a context file dockerbox may not read is the user's to fix, anything else is not. */
    static DockerboxException ioFailure(IOException e) {
        return e instanceof UnreadableContextException
                ? new BoxException(e.getMessage(), e)
                : new DockerboxException("cannot read the build context: " + e.getMessage(), e);
    }

    private BoxResult buildOne(DockerboxConfig config, BuildInputs inputs, BoxConfig box, boolean target, BoxResult parentResult,
            ParentResolver parents, List<BoxResult> outside, boolean parallel)
            throws BoxException, RenderException, EngineException, IOException {
        long start = System.nanoTime();
        // The project's own boxes are built from their definition; parents (and boxes that can only
        // be pulled) come from their registry first, as the team shared them.
        Optional<ImageInfo> pulled = target && !box.pullOnly() ? Optional.empty() : parents.pullIfWanted(box);
        if (box.pullOnly()) {
            return parents.pullOnlyResult(box, pulled, start);
        }
        Parent parent = parentResult != null
                ? new Parent(parentResult.box() + ":" + parentResult.version(), parentResult.imageId())
                : parents.resolve(box, outside);
        String prefix = parallel ? "  " + box.name().substring(box.name().lastIndexOf('/') + 1) + " | " : "  | ";
        BoxResult result = buildBox(config, box, inputs.context(box), inputs.hashCache(box), parent, prefix, parents, outside);
        if (pulled.isPresent() && result.outcome() == BoxResult.Outcome.UP_TO_DATE) {
            result = new BoxResult(box.name(), BoxResult.Outcome.PULLED, result.version(), result.imageId(), result.size(),
                    Units.millisSince(start));
        }
        return result;
    }

    private BoxResult buildBox(DockerboxConfig config, BoxConfig box, List<ContextEntry> context, HashCache cache, Parent parent,
            String outputPrefix, ParentResolver parents, List<BoxResult> outside)
            throws BoxException, RenderException, EngineException, IOException {
        long start = System.nanoTime();
        String dockerfile = dockerfile(config, box, parent, DIGEST_VERSION);
        // The images of the other stages are inputs too: when one changes, so does the box. The
        // parent's own versioned reference needs no pin of its own.
        StringBuilder images = new StringBuilder(parent.imageId());
        Map<String, Parent> stages = new LinkedHashMap<>();
        for (String stage : DockerfileFrom.stageImages(dockerfile)) {
            Parent image = stage.equals(parent.reference()) ? parent : parents.resolveStage(box, stage, outside);
            images.append(" stage ").append(stage).append('=').append(image.imageId());
            if (image != parent) {
                stages.put(stage, image);
            }
        }
        String inputs = InputDigest.of(dockerfile, box.buildArgs(), context, images.toString(), cache);
        cache.save();
        out.debug(box.name() + ": inputs " + inputs + " (" + context.size() + " context entries, "
                + cache.filesHashed() + " files read)");
        try (VersionLock lock = VersionLock.acquire(engine.address(), box.name(), out)) {
            return buildOrReuse(config, box, parent, stages, outputPrefix, inputs, context, dockerfile, start);
        }
    }

    /** Under the box's {@link VersionLock}: latest is up to date, or the next version is built and tagged. */
    private BoxResult buildOrReuse(DockerboxConfig config, BoxConfig box, Parent parent, Map<String, Parent> stages,
            String outputPrefix, String inputs, List<ContextEntry> context, String digestDockerfile, long start)
            throws BoxException, RenderException, EngineException, IOException {
        Optional<ImageInfo> latest = engine.inspectImage(box.name() + ":latest");
        int latestVersion = latest.map(i -> Versions.parse(i.label(Labels.VERSION))).orElse(0);
        if (latest.isPresent() && inputs.equals(latest.get().label(Labels.INPUTS))) {
            RenderService.write(config, box, dockerfile(config, box, parent, String.valueOf(latestVersion)));
            long millis = Units.millisSince(start);
            out.info(box.name() + ": up to date, version " + latestVersion + " (" + latest.get().shortId() + "), inputs unchanged ["
                    + Units.seconds(millis) + "]");
            return new BoxResult(box.name(), BoxResult.Outcome.UP_TO_DATE, latestVersion, latest.get().id(), latest.get().size(), millis);
        }

        // Under BuildKit the files go through a session: only what changed since its last build of this
        // box. It opens while the version is worked out (the engine looks at every image it has for that).
        BuildRequest.Session session = BoxSessionFiles.session(config, box, context);
        try (Engine.SessionAhead ahead = buildKitLikely(box, digestDockerfile) ? engine.openSessionAhead(session) : Engine.SessionAhead.NONE) {
            return build(config, box, parent, stages, outputPrefix, inputs, context, latest, session, start);
        }
    }

    /**
     * Whether the Dockerfile as rendered for the digest goes to BuildKit: only a guess, to open the
     * session early. The versioned Dockerfile decides, and it alone fails a box that cannot be built.
     */
    private boolean buildKitLikely(BoxConfig box, String digestDockerfile) throws EngineException {
        try {
            return BuilderDecision.decide(box.name(), builder, engine.builderSupport(), engine.address(), digestDockerfile).buildKit();
        } catch (BoxException e) {
            return false;
        }
    }

    /** Builds the next version under the box's lock; its files go through {@code session} under BuildKit. */
    private BoxResult build(DockerboxConfig config, BoxConfig box, Parent parent, Map<String, Parent> stages, String outputPrefix,
            String inputs, List<ContextEntry> context, Optional<ImageInfo> latest, BuildRequest.Session session, long start)
            throws BoxException, RenderException, EngineException, IOException {
        int latestVersion = latest.map(i -> Versions.parse(i.label(Labels.VERSION))).orElse(0);
        int version = Math.max(Versions.highest(engine.listImages(box.name()), box.name()), latestVersion) + 1;
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Labels.BOX, box.name());
        labels.put(Labels.VERSION, String.valueOf(version));
        labels.put(Labels.INPUTS, inputs);
        labels.put(Labels.PARENT, parent.reference());
        labels.put(Labels.KIND, "build");
        labels.put(Labels.PROJECT, config.project().coordinates());
        // One LABEL instruction instead of the API's labels parameter, which the classic builder
        // turns into a step (and a container) per label.
        String rendered = dockerfile(config, box, parent, String.valueOf(version)) + labelInstruction(labels);
        BuilderDecision decision = BuilderDecision.decide(box.name(), builder, engine.builderSupport(), engine.address(), rendered);
        out.info(box.name() + ": building version " + version + " on " + parent.reference() + " (" + why(latest) + ") "
                + decision.describe());
        if (latest.isPresent() && "commit".equals(latest.get().label(Labels.KIND))) {
            out.warn(box.name() + ": latest is version " + latestVersion + ", a commit (" + latest.get().label(Labels.MESSAGE)
                    + "); its box definition changed, so version " + version + " replaces it as latest. Nothing is lost:"
                    + " mvn dockerbox:revert -Ddockerbox.version=" + latestVersion + " brings it back");
        }
        String imageId;
        try (StagePins pins = StagePins.pin(engine, out, rendered, stages, decision.buildKit())) {
            String text = pins.dockerfile();
            RenderService.write(config, box, text);
            BuildRequest request = new BuildRequest(
                    target -> ContextTar.write(context, text, target), ContextTar.DOCKERFILE, box.buildArgs(),
                    List.of(box.name() + ":" + version, box.name() + ":latest"), decision.buildKit(), session);
            imageId = engine.build(request, line -> out.info(outputPrefix + line));
        } catch (BuildFailedException e) {
            throw new BoxException(failure(box, e), e);
        }
        long size = engine.inspectImage(imageId).map(ImageInfo::size).orElse(0L);
        long millis = Units.millisSince(start);
        out.info(box.name() + ": built version " + version + " (" + ImageIds.shortId(imageId) + "), tagged " + box.name() + ":"
                + version + " and " + box.name() + ":latest [" + Units.seconds(millis) + "]");
        return new BoxResult(box.name(), BoxResult.Outcome.BUILT, version, imageId, size, millis);
    }

    /** The box's Dockerfile for a version, its final FROM pinned to the exact parent reference. */
    private String dockerfile(DockerboxConfig config, BoxConfig box, Parent parent, String version) throws RenderException {
        RenderedDockerfile rendered = renderer.render(box.directory(), TemplateModel.of(config, box, parent.reference(), version));
        String named = DockerfileFrom.image(rendered.text());
        if (named == null) {
            throw new RenderException(rendered.source() + " has no FROM line; start it with FROM ${from}", null);
        }
        if (!sameImage(named, parent.reference()) && !sameImage(named, box.from()) && DIGEST_VERSION.equals(version)) {
            out.warn(box.name() + ": " + config.project().basedir().relativize(rendered.source()) + " says FROM " + named
                    + " but <from> is " + box.from() + "; building on " + parent.reference()
                    + " (the POM's <from> decides; write FROM " + (rendered.fromTemplate() ? "${from}" : box.from()) + " to silence this)");
        }
        return DockerfileFrom.withImage(rendered.text(), parent.reference());
    }

    static String labelInstruction(Map<String, String> labels) {
        StringBuilder line = new StringBuilder("\nLABEL");
        labels.forEach((k, v) -> line.append(' ').append(k).append("=\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$")).append('"'));
        return line.append('\n').toString();
    }

    private static boolean sameImage(String a, String b) {
        return a.equals(b) || (a + ":latest").equals(b) || a.equals(b + ":latest");
    }

    private static String why(Optional<ImageInfo> latest) {
        if (latest.isEmpty()) {
            return "no latest image yet";
        }
        if (latest.get().label(Labels.INPUTS) == null) {
            return "latest was not built by dockerbox";
        }
        return "inputs changed since version " + latest.get().label(Labels.VERSION);
    }

    private static String failure(BoxConfig box, BuildFailedException e) {
        StringBuilder text = new StringBuilder(box.name() + ": the build failed");
        if (e.step() != null) {
            text.append(" at ").append(e.step());
        }
        text.append(": ").append(e.getMessage());
        if (!e.lastLines().isEmpty()) {
            text.append("\nLast lines of its output:");
            e.lastLines().forEach(l -> text.append("\n  | ").append(l));
        }
        text.append("\nNo new version was tagged; latest is unchanged. See target/dockerbox/")
                .append(box.fileName()).append("/Dockerfile for what was built.");
        return text.toString();
    }
}
