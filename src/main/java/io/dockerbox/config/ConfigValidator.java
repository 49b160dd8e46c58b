package io.dockerbox.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the POM's {@code <settings>} and {@code <boxes>} into a {@link DockerboxConfig}, or reports
 * every problem at once, each naming the element, the value and the fix.
 */
public final class ConfigValidator {
    private ConfigValidator() {}

    /**
     * @param targetBox    {@code -Ddockerbox.box}, or null for the last box
     * @param fromOverride {@code -Ddockerbox.from}, or null to keep the target box's {@code <from>}
     */
    public static DockerboxConfig validate(
            Map<String, String> settings, List<RawBox> rawBoxes, ProjectInfo project, String targetBox, String fromOverride)
            throws ConfigException {
        List<String> problems = new ArrayList<>();
        if (rawBoxes == null || rawBoxes.isEmpty()) {
            throw new ConfigException("no <boxes> configured: add at least one <box> with <name>, <from> and <directory>"
                    + " to the dockerbox plugin's <configuration> (see docs/configuration.md)");
        }
        List<BoxConfig> boxes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rawBoxes.size(); i++) {
            BoxConfig box = validateBox(rawBoxes.get(i), i + 1, project, problems);
            if (box != null) {
                if (!names.add(box.name())) {
                    problems.add("<boxes>: the name '" + box.name() + "' is used by more than one <box>; every box needs its own name");
                }
                boxes.add(box);
            }
        }
        String target = targetBox == null || targetBox.isBlank() ? null : targetBox.strip();
        if (target == null && !boxes.isEmpty()) {
            target = boxes.get(boxes.size() - 1).name();
        } else if (target != null && !names.contains(target)) {
            problems.add("dockerbox.box: '" + target + "' is not a box of <boxes>; known boxes: " + String.join(", ", names));
        }
        if (fromOverride != null && !fromOverride.isBlank() && target != null) {
            String from = fromOverride.strip();
            if (!ImageReference.isReference(from)) {
                problems.add("dockerbox.from: '" + from + "' is not a valid image reference (" + ImageReference.NAME_RULE + ", optional :tag)");
            } else {
                for (int i = 0; i < boxes.size(); i++) {
                    if (boxes.get(i).name().equals(target)) {
                        boxes.set(i, boxes.get(i).withFrom(from));
                    }
                }
            }
        }
        checkCycles(boxes, problems);
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            if (setting.getValue() == null) {
                problems.add("<settings><" + setting.getKey() + ">: has no value; give it one or remove it");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new DockerboxConfig(settings, boxes, project, target);
    }

    private static BoxConfig validateBox(RawBox raw, int index, ProjectInfo project, List<String> problems) {
        String where = "<boxes><box>[" + index + "]" + (raw.name() == null || raw.name().isBlank() ? "" : " '" + raw.name().strip() + "'");
        int before = problems.size();
        String name = raw.name() == null ? null : raw.name().strip();
        String from = raw.from() == null ? null : raw.from().strip();
        if (name == null || name.isEmpty()) {
            problems.add(where + ": <name> is missing; give the image repository this box builds, e.g. <name>acme/site</name>");
        } else if (!ImageReference.isRepository(name)) {
            problems.add(where + ": <name> '" + name + "' is not a valid image repository name: use " + ImageReference.NAME_RULE
                    + " (no tag: versions are added as tags)");
        }
        boolean pullOnly = raw.directory() == null;
        if (pullOnly) {
            // A box without a directory is only pulled; what it was built on is the registry's business.
            if (raw.context() != null) {
                problems.add(where + ": <context> without <directory>: a box with no <directory> is only pulled from its registry;"
                        + " add the <directory> with its Dockerfile, or remove <context>");
            }
            if (raw.buildArgs() != null && !raw.buildArgs().isEmpty()) {
                problems.add(where + ": <buildArgs> without <directory>: a box with no <directory> is only pulled from its registry;"
                        + " add the <directory> with its Dockerfile, or remove <buildArgs>");
            }
            if (from != null && !from.isEmpty()) {
                problems.add(where + ": <from> without <directory>: a box is either built from its <directory> (add it, with a"
                        + " Dockerfile.ftl or Dockerfile) or only pulled from its registry (then leave out <from>)");
            }
            from = null;
        } else if (from == null || from.isEmpty()) {
            problems.add(where + ": <from> is missing; name the image this box builds on, e.g. <from>debian:bookworm</from>");
        } else if (!ImageReference.isReference(from)) {
            problems.add(where + ": <from> '" + from + "' is not a valid image reference (" + ImageReference.NAME_RULE + ", optional :tag)");
        }
        Path directory = raw.directory() == null ? null : project.basedir().resolve(raw.directory()).normalize();
        if (directory == null) {
            // pull-only, see above
        } else if (!Files.isDirectory(directory)) {
            problems.add(where + ": <directory> " + directory + " does not exist; create it with a Dockerfile.ftl or Dockerfile, or fix the path");
        } else if (!Files.isRegularFile(directory.resolve("Dockerfile.ftl")) && !Files.isRegularFile(directory.resolve("Dockerfile"))) {
            problems.add(where + ": <directory> " + directory + " has neither Dockerfile.ftl nor Dockerfile; add one of them");
        }
        Path context = raw.context() == null ? directory : project.basedir().resolve(raw.context()).normalize();
        if (raw.context() != null && directory != null && !Files.isDirectory(context)) {
            problems.add(where + ": <context> " + context + " does not exist or is not a folder; fix the path or leave <context> out to use the <directory>");
        }
        Map<String, String> buildArgs = new LinkedHashMap<>();
        if (raw.buildArgs() != null) {
            raw.buildArgs().forEach((k, v) -> buildArgs.put(k, v == null ? "" : v));
        }
        return problems.size() == before ? new BoxConfig(name, from, directory, context, buildArgs) : null;
    }

    private static void checkCycles(List<BoxConfig> boxes, List<String> problems) {
        Map<String, String> parentOf = new HashMap<>();
        for (BoxConfig box : boxes) {
            parentOf.put(box.name(), box.from());
        }
        Set<String> reported = new HashSet<>();
        for (BoxConfig box : boxes) {
            List<String> path = new ArrayList<>();
            String current = box.name();
            while (current != null && parentOf.containsKey(current)) {
                if (path.contains(current)) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
                    cycle.add(current);
                    if (reported.add(String.join(",", new java.util.TreeSet<>(cycle)))) {
                        problems.add("<boxes>: the boxes build on each other in a cycle: " + String.join(" -> ", cycle)
                                + "; one of them must build on an image outside the chain");
                    }
                    break;
                }
                path.add(current);
                current = parentOf.get(current);
            }
        }
    }
}
