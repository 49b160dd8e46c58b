package io.dockerbox.engine;

/** Opens an {@link Engine} at an address; no request is sent until a goal asks something. */
public final class EngineConnection {
    private EngineConnection() {}

    /**
     * The engine at {@code address} ({@code unix://}, {@code tcp://}, {@code ssh://} or
     * {@code npipe://}), over TLS with the client certificates in {@code tlsFolder} when that is not
     * null. No API version is fixed: requests go unversioned, so the engine answers with its own.
     * Where the address comes from is the caller's business (see config.EngineLocator).
     */
    public static Engine open(String address, String tlsFolder) throws EngineException {
        return new ApiEngine(new EngineHttp(Transport.of(address, tlsFolder), address, tlsFolder));
    }

    /** The failure to reach an engine; {@code certPath} is the TLS client folder, or null without TLS. */
    static EngineException unreachable(String address, String certPath, Throwable cause) {
        String tls = TlsFailure.explain(address, certPath, cause);
        if (tls != null) {
            return new EngineException(tls, cause);
        }
        String fix = address.startsWith("ssh://")
                ? "Check that '" + ssh(java.net.URI.create(address)) + " docker version' works from this shell (keys, known hosts, docker on the far side)."
                : "Start one (for example 'sudo systemctl start docker' or 'dockerd &'), or point DOCKER_HOST, -Ddockerbox.dockerHost"
                        + " or -Ddockerbox.dockerContext at a running engine.";
        return new EngineException("no Docker engine answered at " + address + " (" + rootMessage(cause) + "). " + fix, cause);
    }

    /** The ssh command for an address; ssh takes no port after the host ({@code ssh://user@host:2222}). */
    private static String ssh(java.net.URI uri) {
        return "ssh " + (uri.getPort() > 0 ? "-p " + uri.getPort() + " " : "") + (uri.getUserInfo() == null ? "" : uri.getUserInfo() + "@")
                + uri.getHost();
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // Engine answers end in a newline, which would break the one-line error in two.
        String name = root.getClass().getSimpleName();
        return root.getMessage() == null ? name : name + ": " + root.getMessage().replaceAll("\\s+", " ").strip();
    }
}
