package io.dockerbox.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A unix socket that answers HTTP/1.0 requests the way the engine does, from a function of the
 * request line and body; every request is kept for the test to read.
 */
final class FakeEngineSocket implements AutoCloseable {
    /** A request as received: "METHOD PATH", and its body ("" without one; bytes as ISO-8859-1 characters). */
    record Request(String line, String body) {}

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ServerSocketChannel server;
    private final Path socket;

    FakeEngineSocket(Path socket, Function<Request, byte[]> answers) throws IOException {
        this.socket = socket;
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread serving = new Thread(() -> {
            while (server.isOpen()) {
                try (SocketChannel client = server.accept()) {
                    Request request = read(Channels.newInputStream(client));
                    requests.add(request);
                    ByteBuffer answer = ByteBuffer.wrap(answers.apply(request));
                    while (answer.hasRemaining()) {
                        client.write(answer);
                    }
                } catch (IOException e) {
                    if (!server.isOpen()) {
                        return;
                    }
                    // A client that broke off its request (a test of that): serve the next one.
                } catch (RuntimeException e) {
                    // As above, with a chunk size cut in half.
                }
            }
        });
        serving.setDaemon(true);
        serving.start();
    }

    String path() {
        return socket.toString();
    }

    /** The client of this engine, as {@link EngineConnection#open} makes it for a unix socket. */
    EngineHttp http() throws EngineException {
        return new EngineHttp(Transport.of("unix://" + socket, null), "unix://" + socket, null);
    }

    /** A chunked answer, each piece a chunk; without {@code end}, the stream breaks off after the pieces. */
    static byte[] chunked(int status, boolean end, String... pieces) {
        StringBuilder text = new StringBuilder("HTTP/1.1 " + status + " X\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (String piece : pieces) {
            text.append(Integer.toHexString(piece.getBytes(StandardCharsets.UTF_8).length)).append("\r\n").append(piece).append("\r\n");
        }
        if (end) {
            text.append("0\r\n\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] answer(int status, String body) {
        return ("HTTP/1.0 " + status + " X\r\nContent-Type: application/json\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private static Request read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.UTF_8).split("\r\n");
        int length = 0;
        boolean chunked = false;
        for (String line : lines) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
            chunked |= line.equalsIgnoreCase("transfer-encoding: chunked");
        }
        String[] parts = lines[0].split(" ");
        byte[] body = chunked ? new EngineHttp.Chunked.Input(in).readAllBytes() : in.readNBytes(length);
        return new Request(parts[0] + " " + parts[1], new String(body, StandardCharsets.ISO_8859_1));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
