package io.dockerbox.build;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and replaces the image of a Dockerfile's last {@code FROM} line (the final stage, the one
 * the box image is made of), so the build uses exactly the parent version the digest was made of.
 */
final class DockerfileFrom {
    private static final Pattern FROM = Pattern.compile(
            "(?im)^([ \\t]*FROM[ \\t]+(?:--\\S+[ \\t]+)*)(\\S+)([^\\n]*)$");

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
