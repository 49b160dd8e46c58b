package io.dockerbox.run;

import java.net.URI;

/** The address at which an engine publishes ports: localhost for a local socket, else the engine's host. */
final class PublishHost {
    private PublishHost() {}

    static String of(String engineAddress) {
        try {
            URI uri = URI.create(engineAddress);
            if ("tcp".equals(uri.getScheme()) || "ssh".equals(uri.getScheme()) || "http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                return uri.getHost() == null ? "localhost" : uri.getHost();
            }
        } catch (IllegalArgumentException e) {
            // Not a URI: treat as a local engine.
        }
        return "localhost";
    }
}
