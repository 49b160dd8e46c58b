package io.dockerbox.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One Engine API request over a local unix socket with the JDK alone: what the calls on the no-op
 * build and the start/stop path need, without docker-java's ≈1 s of start-up. HTTP/1.0, so the
 * answer is never chunked and ends when the engine closes the connection.
 */
final class RawHttp {
    private final String socketPath;
    private volatile boolean answered;

    RawHttp(String socketPath) {
        this.socketPath = socketPath;
    }

    /** The engine's address, for messages. */
    String address() {
        return "unix://" + socketPath;
    }

    /** The engine's answer: its status and body. */
    record Answer(int status, byte[] body, int offset) {
        String text() {
            return new String(body, offset, body.length - offset, StandardCharsets.UTF_8).strip();
        }

        /** The engine's {"message": ...} of a failed request, else the body as it is. */
        String message() {
            try {
                if (Json.parse(body, offset) instanceof java.util.Map<?, ?> map && map.get("message") instanceof String message) {
                    return message.strip();
                }
            } catch (IOException | RuntimeException e) {
                // Not JSON: the text itself says it.
            }
            return text();
        }

        Object json() throws IOException {
            return Json.parse(body, offset);
        }
    }

    Answer get(String path) throws IOException {
        return call("GET", path, null);
    }

    /** One request whose failure to reach the engine is an {@link EngineException} naming {@code what}. */
    Answer request(String method, String path, byte[] jsonBody, String what) throws EngineException {
        try {
            return call(method, path, jsonBody);
        } catch (IOException e) {
            throw connectionFailure(what, e);
        }
    }

    /** An engine that answered before and now does not went away; one that never answered is not there. */
    EngineException connectionFailure(String what, IOException e) {
        if (answered) {
            return new EngineException("engine at " + address() + " failed to " + what + ": it no longer answers ("
                    + EngineConnection.rootMessage(e) + "); did the engine stop or restart?", e);
        }
        return EngineConnection.unreachable(address(), e);
    }

    /** Fails unless the engine answered with one of the {@code accepted} statuses. */
    void expect(Answer answer, String what, int... accepted) throws EngineException {
        for (int status : accepted) {
            if (answer.status() == status) {
                return;
            }
        }
        throw new EngineException("engine at " + address() + " failed to " + what + ": Status " + answer.status() + ": " + answer.message());
    }

    /** @param jsonBody the request body, or null for none */
    Answer call(String method, String path, byte[] jsonBody) throws IOException {
        try (SocketChannel channel = connect()) {
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\nHost: docker\r\n");
            if (jsonBody != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(jsonBody.length).append("\r\n");
            } else if (!"GET".equals(method)) {
                head.append("Content-Length: 0\r\n");
            }
            head.append("\r\n");
            write(channel, head.toString().getBytes(StandardCharsets.UTF_8));
            if (jsonBody != null) {
                write(channel, jsonBody);
            }
            InputStream in = Channels.newInputStream(channel);
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            in.transferTo(out);
            Answer answer = parse(out.toByteArray());
            answered = true;
            return answer;
        }
    }

    /** A connection of its own, for a request whose body and answer are streams (a build). */
    SocketChannel connect() throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socketPath));
            return channel;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** Marks that the engine answered on a connection from {@link #connect()}. */
    void answeredNow() {
        answered = true;
    }

    /** Whether the engine has answered a request of this client: one that stops answering went away. */
    boolean answered() {
        return answered;
    }

    /** A path segment or query value, percent-encoded. */
    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void write(SocketChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    static Answer parse(byte[] answer) throws IOException {
        int headerEnd = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (headerEnd < 0) {
            throw new IOException("malformed answer from the engine");
        }
        String statusLine = new String(answer, 0, Math.min(headerEnd, 64), StandardCharsets.US_ASCII);
        String[] parts = statusLine.split(" ", 3);
        try {
            return new Answer(Integer.parseInt(parts[1].trim().split("\r\n")[0]), answer, headerEnd + 4);
        } catch (RuntimeException e) {
            throw new IOException("malformed status line from the engine: " + statusLine.split("\r\n")[0]);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
