package io.dockerbox.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code POST /build} over a local engine's unix socket: the context tar is written straight into
 * the request (HTTP/1.1, chunked, so its size need not be known and nothing is buffered), then the
 * engine's answer is read as it streams, one JSON message at a time. A build thus never pays
 * docker-java's start-up (see docs/design.md). The image is tagged with a tag of this build only,
 * resolved to its id, tagged as asked, and the build tag removed, as the docker-java adapter does.
 */
final class RawBuild {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int BUFFER = 1 << 16;

    private final RawHttp http;
    private final RawImages images;
    private final RawImageInspector inspector;

    RawBuild(RawHttp http, RawImages images, RawImageInspector inspector) {
        this.http = http;
        this.images = images;
        this.inspector = inspector;
    }

    String build(BuildRequest request, Consumer<String> output) throws EngineException {
        String buildTag = DockerJavaEngine.BUILD_TAG_REPOSITORY + ":" + UUID.randomUUID();
        BuildLog log = new BuildLog(output);
        StringBuilder path = new StringBuilder("/build?t=").append(RawHttp.encode(buildTag))
                .append("&dockerfile=").append(RawHttp.encode(request.dockerfilePath()))
                // A failed RUN step must not leave its intermediate container behind.
                .append("&rm=1&forcerm=1");
        if (!request.buildArgs().isEmpty()) {
            path.append("&buildargs=").append(RawHttp.encode(new String(Json.write(request.buildArgs()), StandardCharsets.UTF_8)));
        }
        SocketChannel channel;
        try {
            channel = http.connect();
        } catch (IOException e) {
            throw http.connectionFailure("build", e);
        }
        try (channel) {
            send(channel, path.toString(), request.context());
            read(channel, log);
        }  catch (IOException e) {
            // Closing a connection that is done cannot fail the build.
        }
        if (log.error() != null) {
            throw log.failure();
        }
        String imageId;
        try {
            imageId = inspector.inspect(buildTag)
                    .orElseThrow(() -> new EngineException("the engine ended the build without an image tagged " + buildTag))
                    .id();
        } catch (IOException e) {
            throw http.connectionFailure("inspect the built image", e);
        }
        // The final tags go on before the build tag comes off, or the untag would delete the image.
        for (String tag : request.tags()) {
            String[] repoTag = ImageIds.repositoryAndTag(tag);
            images.tag(imageId, repoTag[0], repoTag[1]);
        }
        images.remove(buildTag, true, "remove the build tag " + buildTag);
        return imageId;
    }

    /** The request, its body the context tar in chunks. A context that cannot be read ends the build here. */
    private void send(SocketChannel channel, String path, BuildRequest.TarSource context) throws EngineException {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
        try {
            out.write(("POST " + path + " HTTP/1.1\r\nHost: docker\r\nContent-Type: application/x-tar\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw http.connectionFailure("build", e);
        }
        Chunked.Output chunked = new Chunked.Output(out);
        try {
            context.writeTo(chunked);
        } catch (IOException e) {
            if (chunked.failed()) {
                // The engine stopped reading: its answer says why, if it gave one.
                return;
            }
            throw new EngineException("could not send the build context: " + e.getMessage(), e);
        }
        try {
            chunked.finish();
            out.flush();
        } catch (IOException e) {
            // As above: the answer tells.
        }
    }

    private void read(SocketChannel channel, BuildLog log) throws EngineException {
        InputStream in = new BufferedInputStream(Channels.newInputStream(channel), BUFFER);
        Map<String, String> headers;
        int status;
        try {
            String statusLine = Chunked.line(in);
            if (statusLine == null) {
                throw new IOException("the engine closed the connection without an answer");
            }
            status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            headers = Chunked.headers(in);
            http.answeredNow();
        } catch (IOException | RuntimeException e) {
            throw log.lostConnection(http.address(), e);
        }
        InputStream body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? new Chunked.Input(in) : in;
        if (status != 200) {
            String text;
            try {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                body.transferTo(all);
                text = new RawHttp.Answer(status, all.toByteArray(), 0).message();
            } catch (IOException e) {
                text = "(no message)";
            }
            throw new EngineException("engine at " + http.address() + " failed to build: Status " + status + ": " + text);
        }
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                Object message = Json.read(p);
                String text = Json.string(message, "stream");
                if (text != null) {
                    log.stream(text);
                }
                if (Json.at(message, "error") != null || Json.at(message, "errorDetail") != null) {
                    String detail = Json.string(message, "errorDetail", "message");
                    log.error(detail != null ? detail : Json.string(message, "error"));
                }
            }
        } catch (IOException e) {
            throw log.lostConnection(http.address(), e);
        }
    }

    /** HTTP/1.1 chunked transfer coding, both ways, and the header lines around it. */
    static final class Chunked {
        private Chunked() {}

        /** Writes each write as a chunk; remembers whether writing to the engine failed. */
        static final class Output extends OutputStream {
            private final OutputStream out;
            private boolean failed;

            Output(OutputStream out) {
                this.out = out;
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return;
                }
                try {
                    out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(b, off, len);
                    out.write('\r');
                    out.write('\n');
                } catch (IOException e) {
                    failed = true;
                    throw e;
                }
            }

            boolean failed() {
                return failed;
            }

            void finish() throws IOException {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }

        /** Reads a chunked body as one stream. */
        static final class Input extends InputStream {
            private final InputStream in;
            private long left;
            private boolean done;

            Input(InputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (done) {
                    return -1;
                }
                if (left == 0) {
                    String size = line(in);
                    if (size == null) {
                        throw new IOException("the engine closed the connection in the middle of its answer");
                    }
                    int extension = size.indexOf(';');
                    left = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                    if (left == 0) {
                        done = true;
                        headers(in);
                        return -1;
                    }
                }
                int n = in.read(b, off, (int) Math.min(len, left));
                if (n < 0) {
                    throw new IOException("the engine closed the connection in the middle of its answer");
                }
                left -= n;
                if (left == 0 && line(in) == null) {
                    throw new IOException("the engine closed the connection in the middle of its answer");
                }
                return n;
            }
        }

        /** A line without its CRLF, or null at the end of the stream. */
        static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(64);
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
                }
                line.write(b);
            }
            return null;
        }

        /** Header lines up to the empty one, names in lower case. */
        static Map<String, String> headers(InputStream in) throws IOException {
            Map<String, String> headers = new java.util.HashMap<>();
            String line;
            while ((line = line(in)) != null && !line.isEmpty()) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
            }
            return headers;
        }
    }
}
