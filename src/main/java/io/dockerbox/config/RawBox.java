package io.dockerbox.config;

import java.nio.file.Path;
import java.util.Map;

/** A {@code <box>} as written in the POM, before validation; any field may be missing. */
public record RawBox(String name, String from, Path directory, Path context, Map<String, String> buildArgs) {}
