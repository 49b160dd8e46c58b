package io.dockerbox.config;

import java.util.Locale;

/** Which of the engine's builders builds the boxes ({@code <builder>}, {@code -Ddockerbox.builder}). */
public enum BuilderChoice {
    /**
     * BuildKit where the engine makes it its default (Docker 23 and later), or where a box's
     * Dockerfile needs it and the engine has it; the classic builder otherwise.
     */
    AUTO,
    /** Always BuildKit; an engine without it (API below 1.39) is an error. */
    BUILDKIT,
    /** Always the classic builder; a Dockerfile that needs BuildKit is an error. */
    CLASSIC;

    public static BuilderChoice parse(String value) throws ConfigException {
        try {
            return value == null || value.isBlank() ? AUTO : valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("dockerbox.builder: '" + value + "' is not a builder; use auto (the default), buildkit or classic");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
