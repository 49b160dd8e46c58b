package io.dockerbox.config;

/**
 * A {@code <port>}: {@code web.port:80} (a free host port, told through the Maven property
 * {@code web.port}), {@code 8080:80} (a fixed host port) or {@code 127.0.0.1:db.port:3306} (bound to one
 * host address). As configured, exactly one of {@code property} and {@code hostPort} is set; watch
 * gives a replacement container both, so that it keeps the host port its property told.
 */
public record PortMapping(String hostIp, String property, Integer hostPort, int containerPort, String protocol, String spec) {

    /** The same mapping bound to a fixed host port, its property kept. */
    public PortMapping pinned(int port) {
        return new PortMapping(hostIp, property, port, containerPort, protocol, spec);
    }

    public String containerKey() {
        return containerPort + "/" + protocol;
    }
}
