package io.dockerbox.engine;

import io.dockerbox.json.Json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The one HTTP client of the Engine API, over any {@link Transport}: HTTP/1.1 with
 * {@code Connection: close}, a connection per request (as cheap as a request on a local socket, and
 * the engine ends every answer by closing), request bodies as JSON or streamed in chunks, answers
 * by length, in chunks or to the end of the connection, and hijacked streams for exec and attach.
 */
final class EngineHttp {
    private static final int BUFFER = 1 << 16;
    private final Transport transport;
    private final String address;
    private final String tlsFolder;
    private volatile boolean answered;
    /** Null until an answer told: Podman marks every answer with a Libpod-Api-Version header. */
    private volatile Boolean podman;

    EngineHttp(Transport transport, String address, String tlsFolder) {
        this.transport = transport;
        this.address = address;
        this.tlsFolder = tlsFolder;
    }

    /**
     * Whether the engine is Podman, where its Docker API answers differently; known from any answer,
     * so only a first question on a new connection costs a ping.
     */
    boolean podman() throws EngineException {
        if (podman == null) {
            request("GET", "/_ping", null, "ping");
        }
        return podman;
    }

    /** The engine's address, for messages. */
    String address() {
        return address;
    }

    /** A whole answer: its status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8).strip();
        }

        /** The engine's {"message": ...} of a failed request, else the body as it is. */
        String message() {
            try {
                if (Json.parse(body, 0) instanceof Map<?, ?> map && map.get("message") instanceof String message) {
                    return message.strip();
                }
            } catch (IOException | RuntimeException e) {
                // Not JSON: the text itself says it.
            }
            return text();
        }

        Object json() throws IOException {
            return Json.parse(body, 0);
        }
    }

    /** A streamed answer: read {@link #body()} as it comes, write to {@link #out()} once hijacked; close when done. */
    record Exchange(int status, Map<String, String> headers, InputStream body, OutputStream out, Transport.Connection connection)
            implements Closeable {
        @Override
        public void close() {
            try {
                connection.close();
            } catch (IOException e) {
                // A connection that is done cannot lose anything by not closing cleanly.
            }
        }

        Answer readAll() throws IOException {
            return new Answer(status, headers, body.readAllBytes());
        }
    }

    Answer request(String method, String path, byte[] jsonBody, String what) throws EngineException {
        return request(method, path, jsonBody, Map.of(), what);
    }

    /** One request answered whole; failing to reach the engine is an {@link EngineException} naming {@code what}. */
    Answer request(String method, String path, byte[] jsonBody, Map<String, String> headers, String what) throws EngineException {
        try (Exchange exchange = exchange(method, path, headers, jsonBody == null ? null : out -> out.write(jsonBody), jsonBody != null, false, what)) {
            return exchange.readAll();
        } catch (IOException e) {
            throw connectionFailure(what, e);
        }
    }

    /**
     * Sends a request and returns as soon as the answer's head is in. With {@code hijack}, the
     * connection is upgraded to a raw stream both ways (exec and attach); a streamed {@code body} is
     * sent in chunks, a known one ({@code known}) with its length.
     */
    Exchange exchange(String method, String path, Map<String, String> headers, BodyWriter body, boolean known, boolean hijack, String what)
            throws EngineException {
        List<String> lines = new java.util.ArrayList<>(headers.size());
        headers.forEach((name, value) -> lines.add(name + ": " + value));
        return exchange(method, path, lines, body, known, hijack ? "tcp" : null, what);
    }

    /**
     * A {@code POST} without a body that asks the engine to switch the connection to {@code protocol}
     * (BuildKit's session: {@code h2c}); {@code headerLines} may name a header more than once.
     */
    Exchange upgrade(String path, String protocol, List<String> headerLines, String what) throws EngineException {
        return exchange("POST", path, headerLines, null, false, protocol, what);
    }

    private Exchange exchange(String method, String path, List<String> headerLines, BodyWriter body, boolean known, String upgrade,
            String what) throws EngineException {
        Transport.Connection connection;
        try {
            connection = transport.open();
        } catch (IOException e) {
            throw connectionFailure(what, e);
        }
        try {
            OutputStream out = new BufferedOutputStream(connection.out(), BUFFER);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: docker\r\n")
                    .append(upgrade != null ? "Connection: Upgrade\r\nUpgrade: " + upgrade + "\r\n" : "Connection: close\r\n");
            headerLines.forEach(line -> head.append(line).append("\r\n"));
            byte[] sized = null;
            if (body != null && known) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                body.writeTo(all);
                sized = all.toByteArray();
                head.append("Content-Type: application/json\r\nContent-Length: ").append(sized.length).append("\r\n");
            } else if (body != null) {
                head.append("Content-Type: application/x-tar\r\nTransfer-Encoding: chunked\r\n");
            } else if (!"GET".equals(method)) {
                head.append("Content-Length: 0\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (sized != null) {
                out.write(sized);
            } else if (body != null) {
                sendChunked(body, out, what);
            }
            out.flush();
            return answer(connection, out, what);
        } catch (IOException e) {
            // Explained before closed: closing an ssh connection ends ssh and throws away what it printed.
            IOException explained = connection.explain(e);
            closeQuietly(connection);
            throw connectionFailure(what, explained);
        } catch (EngineException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * A body that cannot be read (a context file, a file to sync) ends the request here, named with what
     * the request was for; an engine that stopped reading says why in its answer.
     */
    private static void sendChunked(BodyWriter body, OutputStream out, String what) throws IOException, EngineException {
        Chunked.Output chunked = new Chunked.Output(out);
        try {
            body.writeTo(chunked);
            chunked.finish();
        } catch (IOException e) {
            if (!chunked.failed()) {
                throw new EngineException("could not " + body.failing(what) + ": " + e.getMessage(), e);
            }
        }
        try {
            out.flush();
        } catch (IOException e) {
            // As above: the answer tells.
        }
    }

    private Exchange answer(Transport.Connection connection, OutputStream out, String what) throws IOException, EngineException {
        InputStream in = new BufferedInputStream(connection.in(), BUFFER);
        String statusLine = Chunked.line(in);
        if (statusLine == null) {
            throw new IOException("the engine closed the connection without an answer");
        }
        int status;
        try {
            status = Integer.parseInt(statusLine.split(" ", 3)[1].trim());
        } catch (RuntimeException e) {
            throw new IOException("malformed status line from the engine: " + statusLine);
        }
        Map<String, String> headers = Chunked.headers(in);
        answered = true;
        podman = headers.containsKey("libpod-api-version");
        InputStream body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? new Chunked.Input(in)
                : headers.containsKey("content-length") && status != 101 ? Chunked.Input.ofLength(in, Long.parseLong(headers.get("content-length").trim()))
                : in;
        if (status == 400) {
            // A TLS engine asked in plain HTTP answers so: no engine answered this client, and the message names the fix.
            byte[] text = body.readNBytes(4096);
            if (new String(text, StandardCharsets.UTF_8).contains("HTTP request to an HTTPS server")) {
                throw EngineConnection.unreachable(address, tlsFolder, new IOException("Status 400: " + new String(text, StandardCharsets.UTF_8).strip()));
            }
            body = new ByteArrayInputStream(text);
        }
        return new Exchange(status, headers, body, out, connection);
    }

    /** An engine that answered before and now does not went away; one that never answered is not there. */
    EngineException connectionFailure(String what, IOException e) {
        if (answered) {
            return new EngineException("engine at " + address + " failed to " + what + ": it no longer answers ("
                    + EngineConnection.rootMessage(e) + "); did the engine stop or restart?", e);
        }
        return EngineConnection.unreachable(address, tlsFolder, e);
    }

    /** The status, unless it is none of the {@code accepted} ones: then the engine's message as a failure. */
    int expect(Answer answer, String what, int... accepted) throws EngineException {
        for (int status : accepted) {
            if (answer.status() == status) {
                return status;
            }
        }
        throw new EngineException("engine at " + address + " failed to " + what + ": Status " + answer.status() + ": " + answer.message());
    }

    /**
     * For a streamed answer: returns at once when its status is one of the {@code accepted}, else
     * reads the body and fails with the engine's message, as {@link #expect(Answer, String, int...)}.
     */
    void expect(Exchange exchange, String what, int... accepted) throws IOException, EngineException {
        for (int status : accepted) {
            if (exchange.status() == status) {
                return;
            }
        }
        expect(exchange.readAll(), what, accepted);
    }

    /** The JSON of an answer, or a failure that names what was asked. */
    Object json(Answer answer, String what) throws EngineException {
        try {
            return answer.json();
        } catch (IOException e) {
            throw new EngineException("engine at " + address + " failed to " + what + ": unreadable answer (" + e.getMessage() + ")", e);
        }
    }

    /** The {@code filters} query value of a list call: one filter, its values, as JSON, URL-encoded. */
    static String filters(String filter, List<String> values) {
        return encode(new String(Json.write(Map.of(filter, values)), StandardCharsets.UTF_8));
    }

    /** A path segment or query value, percent-encoded. */
    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Already failing for a better reason.
        }
    }
}
