package io.dockerbox.render;

import java.nio.file.Path;

/** A box's Dockerfile as the engine will read it, and where it came from. */
public record RenderedDockerfile(String text, Path source, boolean fromTemplate) {}
