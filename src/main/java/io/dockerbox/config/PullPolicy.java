package io.dockerbox.config;

import java.util.Locale;

/** When {@code build} pulls a parent ({@code -Ddockerbox.pull}); Maven's offline mode means {@link #NEVER}. */
public enum PullPolicy {
    /** Pull every parent each build, so a newer one pushed by the team is used. */
    ALWAYS,
    /** Pull a parent only when the engine does not have it. */
    MISSING,
    /** Never pull: every parent must be present or buildable. */
    NEVER;

    public static PullPolicy parse(String value, boolean offline) throws ConfigException {
        PullPolicy policy;
        try {
            policy = value == null || value.isBlank() ? MISSING : valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("dockerbox.pull: '" + value + "' is not a pull policy; use always, missing (the default) or never");
        }
        return offline ? NEVER : policy;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
