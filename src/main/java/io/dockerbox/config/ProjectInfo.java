package io.dockerbox.config;

import java.nio.file.Path;
import java.util.Map;

/** What templates and labels need to know of the Maven project, free of Maven types. */
public record ProjectInfo(
        String groupId,
        String artifactId,
        String version,
        Path basedir,
        Path buildDirectory,
        Map<String, String> properties) {

    public ProjectInfo {
        properties = Map.copyOf(properties);
    }

    /** {@code groupId:artifactId}, the value of the {@code dockerbox.project} label. */
    public String coordinates() {
        return groupId + ":" + artifactId;
    }

    /** Where dockerbox writes what it renders and remembers: {@code target/dockerbox}. */
    public Path workDirectory() {
        return buildDirectory.resolve("dockerbox");
    }
}
