package io.dockerbox.mojo;

/** A {@code <wait>} element as Maven fills it. */
public class Wait {
    /** URL that must answer 2xx (or {@link #status}); may use {@code ${web.port}}. */
    private String http;

    /** The HTTP status {@link #http} must answer with; default any 2xx. */
    private String status;

    /** Regular expression a line of the container's output must match. */
    private String log;

    /** A port property of {@code <ports>} (or a port number) that must accept connections. */
    private String tcp;

    /** Wait for the image's HEALTHCHECK to report healthy. */
    private String healthy;

    /** Seconds to wait at most; default 60. */
    private String timeout;

    public String getHttp() {
        return http;
    }

    public String getStatus() {
        return status;
    }

    public String getLog() {
        return log;
    }

    public String getTcp() {
        return tcp;
    }

    public String getHealthy() {
        return healthy;
    }

    public String getTimeout() {
        return timeout;
    }
}
