package io.dockerbox.render;

import io.dockerbox.DockerboxException;
import io.dockerbox.chain.Chain;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.ImageReference;
import io.dockerbox.log.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders every box's Dockerfile without an engine. A parent of the chain is referred to as
 * {@code NAME:latest} and {@code box.version} is {@code next}, since versions are only known to
 * the engine; {@code build} renders again with the exact values.
 */
public final class RenderService {
    /** The value of {@code box.version} when rendering without an engine. */
    public static final String UNKNOWN_VERSION = "next";

    private final TemplateRenderer renderer;
    private final Output out;

    public RenderService(TemplateRenderer renderer, Output out) {
        this.renderer = renderer;
        this.out = out;
    }

    /** Renders all boxes and returns the files written; a template's mistake is a {@link RenderException}. */
    public List<Path> renderAll(DockerboxConfig config) throws DockerboxException {
        try {
            return renderEach(config);
        } catch (IOException e) {
            throw new DockerboxException("cannot write the rendered Dockerfiles: " + e.getMessage(), e);
        }
    }

    private List<Path> renderEach(DockerboxConfig config) throws RenderException, IOException {
        List<Path> written = new ArrayList<>();
        for (BoxConfig box : config.boxes()) {
            if (box.pullOnly()) {
                out.info(box.name() + ": has no <directory>, nothing to render (it is pulled from "
                        + ImageReference.registryOrHub(box.name()) + ")");
                continue;
            }
            RenderedDockerfile rendered = renderer.render(box.directory(),
                    TemplateModel.of(config, box, fromWithoutEngine(config, box), UNKNOWN_VERSION));
            Path file = write(config, box, rendered.text());
            out.info(box.name() + ": " + (rendered.fromTemplate() ? "rendered " : "copied ")
                    + config.project().basedir().relativize(rendered.source()) + " to " + config.project().basedir().relativize(file));
            written.add(file);
        }
        return written;
    }

    /** The {@code from} a template sees without an engine: a parent of the chain as {@code NAME:latest}. */
    public static String fromWithoutEngine(DockerboxConfig config, BoxConfig box) {
        return Chain.parentInChain(config, box).map(p -> p.name() + ":latest").orElse(box.from());
    }

    /** Where {@link #write} puts a box's rendered Dockerfile. */
    public static Path file(DockerboxConfig config, BoxConfig box) {
        return config.project().workDirectory().resolve(box.fileName()).resolve("Dockerfile");
    }

    /** Writes a box's Dockerfile where the user can read it: {@code target/dockerbox/<box>/Dockerfile}. */
    public static Path write(DockerboxConfig config, BoxConfig box, String text) throws IOException {
        Path file = file(config, box);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
