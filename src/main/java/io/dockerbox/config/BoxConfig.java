package io.dockerbox.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One validated box: the image repository it builds, the image it builds on, the directory with its
 * {@code Dockerfile.ftl} or {@code Dockerfile}, the build context, and build arguments.
 */
public record BoxConfig(String name, String from, Path directory, Path context, Map<String, String> buildArgs) {

    public BoxConfig {
        buildArgs = Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs));
    }

    /** The same box built on another parent ({@code -Ddockerbox.from}). */
    public BoxConfig withFrom(String newFrom) {
        return new BoxConfig(name, newFrom, directory, context, buildArgs);
    }

    /** A box without {@code <directory>}: it cannot be built here, only pulled from its registry. */
    public boolean pullOnly() {
        return directory == null;
    }

    /** A name usable as a directory name: {@code acme/site} becomes {@code acme_site}. */
    public String fileName() {
        return name.replace('/', '_').replace(':', '_');
    }
}
