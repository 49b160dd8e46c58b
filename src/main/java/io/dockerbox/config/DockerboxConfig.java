package io.dockerbox.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * What {@code build} makes so that {@code start} finds every box it runs: the target, then the box of each run
     * ({@code <runs>}, or the one {@code <run>}), each once. A run without {@code <box>} runs the target; a box that
     * is not in {@code <boxes>} is left to start, which says it is missing.
     */
    public List<BoxConfig> buildTargets(List<String> runBoxes) {
        List<BoxConfig> targets = new ArrayList<>(List.of(target()));
        for (String name : runBoxes) {
            // By name: a record's first equals bootstraps method handles for every component (~50 ms cold).
            box(name == null ? null : name.strip()).filter(b -> targets.stream().noneMatch(t -> t.name().equals(b.name())))
                    .ifPresent(targets::add);
        }
        return targets;
    }

    /**
     * Setting values that must never be printed: those of settings named like a secret and those
     * named in {@code <secrets>}. A name there that is no setting is refused: a typo would leave the
     * secret it meant in plain sight.
     */
    public List<String> secretValues(Collection<String> secretNames) throws ConfigException {
        List<String> unknown = secretNames.stream().filter(n -> n == null || !settings.containsKey(n.strip())).toList();
        if (!unknown.isEmpty()) {
            throw new ConfigException(List.of("secrets: " + unknown.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + (unknown.size() == 1 ? " is not a setting" : " are not settings") + "; <secrets> names settings whose values are"
                    + " never printed, and the settings are: " + (settings.isEmpty() ? "(none)" : String.join(", ", settings.keySet()))));
        }
        Set<String> named = secretNames.stream().map(String::strip).collect(Collectors.toSet());
        return settings.entrySet().stream()
                .filter(e -> Secrets.isSecretName(e.getKey()) || named.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .filter(v -> v != null && !v.isEmpty())
                .toList();
    }
}
