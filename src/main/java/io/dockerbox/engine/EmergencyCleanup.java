package io.dockerbox.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Removes containers from a JVM shutdown hook. By then Maven has closed the plugin's class realm,
 * so neither docker-java nor any class not loaded yet can be used: this class speaks the Engine API
 * over the JDK's own sockets, and is loaded (by {@link #prepare()}) while the realm is still open.
 * Engines over TLS are not reached this way; their containers are named in the warning instead.
 */
public final class EmergencyCleanup {
    private EmergencyCleanup() {}

    /** Loads this class now, while the plugin's classes can still be loaded. */
    public static void prepare() {
        // Loading happens by calling this method; nothing else to do.
    }

    /** Force-removes a container with its anonymous volumes; returns the HTTP status, or -1 when unreachable. */
    public static int removeContainer(String engineAddress, String id) {
        return call(engineAddress, "DELETE", "/containers/" + id + "?force=1&v=1");
    }

    /** Stops a container, killing it after {@code timeoutSeconds}, or after its own stop timeout when null. */
    public static int stopContainer(String engineAddress, String id, Integer timeoutSeconds) {
        return call(engineAddress, "POST", "/containers/" + id + "/stop" + (timeoutSeconds == null ? "" : "?t=" + timeoutSeconds));
    }

    /** Removes a network; the engine refuses while containers are attached, which is fine. */
    public static int removeNetwork(String engineAddress, String name) {
        return call(engineAddress, "DELETE", "/networks/" + name);
    }

    private static int call(String engineAddress, String method, String path) {
        String request = method + " " + path + " HTTP/1.1\r\nHost: docker\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        try {
            URI uri = URI.create(engineAddress);
            byte[] answer;
            if ("unix".equals(uri.getScheme())) {
                try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    channel.connect(UnixDomainSocketAddress.of(uri.getPath()));
                    channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
                    answer = readAll(Channels.newInputStream(channel));
                }
            } else if ("tcp".equals(uri.getScheme()) && System.getenv("DOCKER_TLS_VERIFY") == null) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
                    socket.setSoTimeout(30_000);
                    OutputStream out = socket.getOutputStream();
                    out.write(request.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    answer = readAll(socket.getInputStream());
                }
            } else {
                return -1;
            }
            String status = new String(answer, 0, Math.min(answer.length, 64), StandardCharsets.US_ASCII);
            String[] parts = status.split(" ", 3);
            return parts.length > 1 ? Integer.parseInt(parts[1].trim()) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > 65_536) {
                break;
            }
        }
        return out.toByteArray();
    }
}
