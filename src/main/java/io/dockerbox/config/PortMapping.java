package io.dockerbox.config;

/**
 * A {@code <port>}: {@code web.port:80} (a free host port, told through the Maven property
 * {@code web.port}), {@code 8080:80} (a fixed host port) or {@code 127.0.0.1:db.port:3306} (bound to one
 * host address). Exactly one of {@code property} and {@code hostPort} is set.
 */
public record PortMapping(String hostIp, String property, Integer hostPort, int containerPort, String protocol, String spec) {

    public String containerKey() {
        return containerPort + "/" + protocol;
    }
}
