package io.dockerbox.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and replaces the image of a Dockerfile's last {@code FROM} line (the final stage, the one
 * the box image is made of), so the build uses exactly the parent version the digest was made of.
 */
final class DockerfileFrom {
    private static final Pattern FROM = Pattern.compile(
            "(?im)^([ \\t]*FROM[ \\t]+(?:--\\S+[ \\t]+)*)(\\S+)([^\\n]*)$");

    private static final Pattern ALIAS = Pattern.compile("(?i)^\\s+AS\\s+(\\S+)");

    private DockerfileFrom() {}

    /** The image named by the last FROM line, or null when there is none. */
    static String image(String dockerfile) {
        Matcher m = FROM.matcher(dockerfile);
        String image = null;
        while (m.find()) {
            image = m.group(2);
        }
        return image;
    }

    /**
     * The images named by the FROM lines of the stages before the last, each once: not {@code scratch},
     * not an earlier stage ({@code FROM build AS test}), not one a build argument names ({@code ${IMAGE}},
     * which only the engine can resolve).
     */
    static List<String> stageImages(String dockerfile) {
        Matcher m = FROM.matcher(dockerfile);
        List<String> images = new ArrayList<>();
        Set<String> stages = new HashSet<>();
        while (m.find()) {
            images.add(m.group(2));
            Matcher alias = ALIAS.matcher(m.group(3));
            if (alias.find()) {
                stages.add(alias.group(1).toLowerCase(Locale.ROOT));
            }
        }
        if (!images.isEmpty()) {
            images.remove(images.size() - 1);
        }
        List<String> result = new ArrayList<>();
        for (String image : images) {
            if (!image.equalsIgnoreCase("scratch") && !stages.contains(image.toLowerCase(Locale.ROOT)) && !image.contains("$")
                    && !result.contains(image)) {
                result.add(image);
            }
        }
        return result;
    }

    /**
     * The Dockerfile with the images of the FROM lines before the last replaced as {@code images} says
     * (written name to pinned reference); the last FROM line, and names not in the map, stay.
     */
    static String withStageImages(String dockerfile, Map<String, String> images) {
        Matcher m = FROM.matcher(dockerfile);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        StringBuilder text = new StringBuilder(dockerfile);
        for (int i = spans.size() - 2; i >= 0; i--) {
            String pinned = images.get(dockerfile.substring(spans.get(i)[0], spans.get(i)[1]));
            if (pinned != null) {
                text.replace(spans.get(i)[0], spans.get(i)[1], pinned);
            }
        }
        return text.toString();
    }

    /** The Dockerfile with the last FROM line's image replaced by {@code image}. */
    static String withImage(String dockerfile, String image) {
        Matcher m = FROM.matcher(dockerfile);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start(2);
            end = m.end(2);
        }
        if (start < 0) {
            return dockerfile;
        }
        return dockerfile.substring(0, start) + image + dockerfile.substring(end);
    }
}
