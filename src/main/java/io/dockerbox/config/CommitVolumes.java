package io.dockerbox.config;

import java.util.Locale;

/**
 * Which volumes of a container a commit keeps ({@code <commitVolumes>}): the engine's own anonymous
 * ones (an image's {@code VOLUME} paths, the box's data), all volumes (named ones too), or none.
 * Bind mounts are never committed: they are the user's own folders.
 */
public enum CommitVolumes {
    ANONYMOUS,
    ALL,
    NONE;

    public static final String PROPERTY = "dockerbox.commitVolumes";

    /** The value as given; blank means the default, {@code anonymous}. */
    public static CommitVolumes parse(String value) throws ConfigException {
        if (value == null || value.isBlank()) {
            return ANONYMOUS;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(PROPERTY + ": '" + value.strip() + "' is not one of anonymous (the default: the volumes of the"
                    + " image's VOLUME paths), all (named volumes too) or none; e.g. -D" + PROPERTY + "=all");
        }
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
