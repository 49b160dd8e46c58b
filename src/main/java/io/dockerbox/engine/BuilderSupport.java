package io.dockerbox.engine;

/**
 * What an engine offers for builds, from its ping: the API version, whether BuildKit is its
 * default builder ({@code Builder-Version: 2}, Docker 23 and later), and whether it is Podman, which
 * builds every Dockerfile with Buildah (which knows {@code RUN --mount}) through the classic
 * endpoint. BuildKit itself can be asked of Docker from API 1.39 on ({@code version=2}).
 */
public record BuilderSupport(String apiVersion, boolean buildKitDefault, boolean podman) {

    public BuilderSupport(String apiVersion, boolean buildKitDefault) {
        this(apiVersion, buildKitDefault, false);
    }

    /** Whether the engine's API can build with BuildKit: version 1.39 or later. */
    public boolean hasBuildKit() {
        if (podman) {
            return false;
        }
        String[] parts = apiVersion == null ? new String[0] : apiVersion.strip().split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 1 || major == 1 && minor >= 39;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
