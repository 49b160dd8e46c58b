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
    /** A request as received: "METHOD PATH", and its body ("" without one). */
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
                    return;
                }
            }
        });
        serving.setDaemon(true);
        serving.start();
    }

    String path() {
        return socket.toString();
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
        for (String line : lines) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        String[] parts = lines[0].split(" ");
        return new Request(parts[0] + " " + parts[1], new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
