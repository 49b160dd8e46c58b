package io.dockerbox.run;

import io.dockerbox.config.WaitConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Units;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Waits until a started box is really ready: every configured condition holds. A container that
 * stops while waited for fails the wait at once; a wait that times out fails at its timeout.
 */
final class Waiter {
    static final int LOG_LINES_ON_FAILURE = 50;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** How long a connection must stay open, silent, to count as a listener rather than Docker's proxy. */
    static final Duration TCP_QUIET = Duration.ofMillis(250);

    private final Engine engine;

    Waiter(Engine engine) {
        this.engine = engine;
    }

    /** Returns when ready; throws a {@link RunException} carrying the container's state and last output otherwise. */
    void await(String containerId, String name, WaitConfig wait, Map<String, String> values, String host)
            throws RunException, EngineException {
        String url = Expressions.substitute(wait.http(), values);
        long begin = System.nanoTime();
        long deadline = begin + wait.timeoutSeconds() * 1_000_000_000L;
        long pause = 50;
        String pending = "";
        while (true) {
            ContainerInfo info = engine.inspectContainer(containerId)
                    .orElseThrow(() -> new RunException("container " + name + " disappeared while dockerbox waited for it"));
            if (!info.running()) {
                throw new RunException("container " + name + " stopped while dockerbox waited for it to be ready: "
                        + info.describeState() + lastOutput(containerId));
            }
            pending = firstUnmet(containerId, info, wait, url, host, tcpPort(wait.tcp(), values));
            if (pending == null) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new RunException("container " + name + " was not ready after " + wait.timeoutSeconds()
                        + " s (<wait><timeout>; gave up after " + Units.secondsSince(begin) + "): still waiting for " + pending + "; its state: " + info.describeState()
                        + lastOutput(containerId));
            }
            sleep(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            pause = Math.min(pause * 2, 500);
        }
    }

    private String firstUnmet(String id, ContainerInfo info, WaitConfig wait, String url, String host, Integer tcpPort)
            throws EngineException {
        if (wait.healthy() && !"healthy".equals(info.health())) {
            return info.health() == null ? "a health check (the image has no HEALTHCHECK)" : "the health check (now " + info.health() + ")";
        }
        if (tcpPort != null && !tcpReady(host, tcpPort, TCP_QUIET)) {
            return "a connection to " + host + ":" + tcpPort;
        }
        if (url != null && !httpReady(url, wait.status())) {
            return "HTTP " + (wait.status() == 0 ? "2xx" : String.valueOf(wait.status())) + " from " + url;
        }
        if (wait.log() != null && engine.logs(id, 0).stream().noneMatch(line -> wait.log().matcher(line).find())) {
            return "a line of output matching /" + wait.log().pattern() + "/";
        }
        return null;
    }

    /**
     * Docker's userland proxy accepts a connection on a published port even when nothing listens
     * behind it, and closes it at once. A port that is open and stays open (or talks) is ready.
     *
     * @param quiet how long an open connection that says nothing is waited on before it counts as
     *              ready: {@link #TCP_QUIET}; a test gives its own, so that its answer is not the clock's
     */
    static boolean tcpReady(String host, int port, Duration quiet) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) PROBE_TIMEOUT.toMillis());
            socket.setSoTimeout((int) quiet.toMillis());
            InputStream in = socket.getInputStream();
            return in.read() != -1;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * One GET, redirects not followed. HttpURLConnection, not java.net.http: building an HttpClient
     * costs about 0.3 s (its SSL context among it) before the first probe of a plain-HTTP box.
     */
    static boolean httpReady(String url, int status) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout((int) PROBE_TIMEOUT.toMillis());
            connection.setReadTimeout((int) PROBE_TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            int code = connection.getResponseCode();
            return status == 0 ? code >= 200 && code < 300 : code == status;
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            return false;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private static Integer tcpPort(String tcp, Map<String, String> values) throws RunException {
        if (tcp == null) {
            return null;
        }
        String value = values.getOrDefault(tcp, tcp);
        if (!value.chars().allMatch(Character::isDigit)) {
            throw new RunException("<wait><tcp> '" + tcp + "' names no port property of <ports>; known: " + values.keySet());
        }
        return Integer.parseInt(value);
    }

    private String lastOutput(String id) {
        try {
            List<String> lines = engine.logs(id, LOG_LINES_ON_FAILURE);
            if (lines.isEmpty()) {
                return "\nIt printed nothing.";
            }
            StringBuilder text = new StringBuilder("\nLast " + lines.size() + " lines of its output:");
            lines.forEach(l -> text.append("\n  | ").append(l));
            return text.toString();
        } catch (EngineException e) {
            return "\n(its output could not be read: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) throws RunException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunException("interrupted while waiting for the box to be ready", e);
        }
    }
}
