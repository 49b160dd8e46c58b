package io.dockerbox.services;

/**
 * Which engine to use, as the user gave it ({@code <dockerHost>}, {@code <dockerContext>},
 * {@code <certPath>} or their {@code -Ddockerbox.*} properties); each null or blank when not given,
 * so the Docker environment decides.
 */
public record EngineSettings(String dockerHost, String dockerContext, String certPath) {}
