package io.dockerbox.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated configuration of one project: settings for the templates, the boxes (parents first,
 * the last one the project's own box), and the box a goal works on.
 */
public record DockerboxConfig(Map<String, String> settings, List<BoxConfig> boxes, ProjectInfo project, String targetBox) {

    public DockerboxConfig {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        boxes = List.copyOf(boxes);
    }

    public Optional<BoxConfig> box(String name) {
        return boxes.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** The box a goal works on: {@code -Ddockerbox.box}, else the last box. */
    public BoxConfig target() {
        return box(targetBox).orElseThrow();
    }

    /** Setting values that must never be printed. */
    public List<String> secretValues() {
        return settings.entrySet().stream()
                .filter(e -> Secrets.isSecretName(e.getKey()))
                .map(Map.Entry::getValue)
                .filter(v -> v != null && !v.isEmpty())
                .toList();
    }
}
