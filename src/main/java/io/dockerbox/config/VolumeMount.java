package io.dockerbox.config;

/**
 * A {@code <volume>}: a host folder ({@code /abs/path:/in/box}), a named volume ({@code dbdata:/var/lib/mysql})
 * or the volumes of another container ({@code from:other-container}).
 */
public record VolumeMount(Kind kind, String source, String target, String options, String spec) {

    public enum Kind {
        HOST_FOLDER,
        NAMED_VOLUME,
        FROM_CONTAINER
    }

    /** The engine's bind syntax {@code source:target[:options]}. */
    public String bind() {
        return source + ":" + target + (options == null ? "" : ":" + options);
    }
}
