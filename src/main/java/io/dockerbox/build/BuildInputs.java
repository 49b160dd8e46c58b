package io.dockerbox.build;

import io.dockerbox.DockerboxException;
import io.dockerbox.chain.Chain;
import io.dockerbox.chain.ContextEntry;
import io.dockerbox.chain.ContextScanner;
import io.dockerbox.chain.DockerIgnore;
import io.dockerbox.chain.HashCache;
import io.dockerbox.chain.UnreadableContextException;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.render.RenderException;
import io.dockerbox.render.RenderService;
import io.dockerbox.render.TemplateModel;
import io.dockerbox.render.TemplateRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What build reads from disk before it asks the engine anything: every box's context as
 * {@code .dockerignore} leaves it, and a first rendering of its template. A bad pattern, an unreadable
 * file or an undefined setting then fails the build before a parent is pulled or built, not halfway
 * through the chain. Each context is listed once; the build uses the same list.
 */
public final class BuildInputs {
    private final Map<String, List<ContextEntry>> contexts;
    private final Map<String, CompletableFuture<HashCache>> hashes;

    private BuildInputs(Map<String, List<ContextEntry>> contexts, Map<String, CompletableFuture<HashCache>> hashes) {
        this.contexts = contexts;
        this.hashes = hashes;
    }

    /** Reads the inputs of every box the chains of {@code targets} build (boxes that are only pulled have none). */
    public static BuildInputs read(DockerboxConfig config, List<BoxConfig> targets) throws DockerboxException {
        return read(config, targets, new TemplateRenderer());
    }

    static BuildInputs read(DockerboxConfig config, List<BoxConfig> targets, TemplateRenderer renderer) throws DockerboxException {
        try {
            return readAll(config, targets, renderer);
        } catch (IOException e) {
            throw BuildService.ioFailure(e);
        }
    }

    private static BuildInputs readAll(DockerboxConfig config, List<BoxConfig> targets, TemplateRenderer renderer)
            throws BoxException, RenderException, IOException {
        Map<String, List<ContextEntry>> contexts = new HashMap<>();
        Map<String, CompletableFuture<HashCache>> hashes = new HashMap<>();
        for (BoxConfig box : Chain.of(config, targets)) {
            if (box.pullOnly()) {
                continue;
            }
            // The hash record is read on the other core while this one lists the context (5 000 lines
            // and 5 000 files: each about a tenth of a no-op build's own time).
            Path record = hashRecord(config, box);
            hashes.put(box.name(), CompletableFuture.supplyAsync(() -> HashCache.load(record)));
            // The parent's version is the engine's to tell; the checks here do not depend on it.
            renderer.render(box.directory(), TemplateModel.of(config, box, RenderService.fromWithoutEngine(config, box),
                    BuildService.DIGEST_VERSION));
            contexts.put(box.name(), scan(box, config));
        }
        return new BuildInputs(contexts, hashes);
    }

    /** Where a box's hash record is kept between builds. */
    static Path hashRecord(DockerboxConfig config, BoxConfig box) {
        return config.project().workDirectory().resolve(box.fileName()).resolve("context.hashes");
    }

    /** The hash record of a box read by {@link #read}. */
    HashCache hashCache(BoxConfig box) {
        return hashes.get(box.name()).join();
    }

    /** The context entries of a box read by {@link #read}. */
    List<ContextEntry> context(BoxConfig box) {
        return contexts.get(box.name());
    }

    private static List<ContextEntry> scan(BoxConfig box, DockerboxConfig config) throws BoxException, IOException {
        try {
            return ContextScanner.scan(box.context(), DockerIgnore.load(box.context()), config.project().workDirectory());
        } catch (DockerIgnore.InvalidPatternException e) {
            throw new BoxException(box.name() + ": " + box.context().resolve(".dockerignore") + ": " + e.getMessage(), e);
        } catch (UnreadableContextException e) {
            throw new BoxException(box.name() + ": " + e.getMessage(), e);
        }
    }
}
