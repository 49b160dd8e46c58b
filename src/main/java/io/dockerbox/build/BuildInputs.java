package io.dockerbox.build;

import io.dockerbox.chain.Chain;
import io.dockerbox.chain.ContextEntry;
import io.dockerbox.chain.ContextScanner;
import io.dockerbox.chain.DockerIgnore;
import io.dockerbox.chain.UnreadableContextException;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.render.RenderException;
import io.dockerbox.render.TemplateRenderer;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What build reads from disk before it asks the engine anything: every box's context as
 * {@code .dockerignore} leaves it, and a first rendering of its template. A bad pattern, an unreadable
 * file or an undefined setting then fails the build before a parent is pulled or built, not halfway
 * through the chain. Each context is listed once; the build uses the same list.
 */
public final class BuildInputs {
    private final Map<String, List<ContextEntry>> contexts;

    private BuildInputs(Map<String, List<ContextEntry>> contexts) {
        this.contexts = contexts;
    }

    /** Reads the inputs of every box the chains of {@code targets} build (boxes that are only pulled have none). */
    public static BuildInputs read(DockerboxConfig config, List<BoxConfig> targets, TemplateRenderer renderer)
            throws BoxException, RenderException, IOException {
        Map<String, List<ContextEntry>> contexts = new HashMap<>();
        for (BoxConfig box : Chain.of(config, targets)) {
            if (box.pullOnly()) {
                continue;
            }
            // The parent's version is the engine's to tell; the checks here do not depend on it.
            renderer.render(box.directory(), TemplateModel.of(config, box, RenderService.fromWithoutEngine(config, box),
                    BuildService.DIGEST_VERSION));
            contexts.put(box.name(), scan(box, config));
        }
        return new BuildInputs(contexts);
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
