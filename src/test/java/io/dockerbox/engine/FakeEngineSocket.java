package io.dockerbox.engine;

import com.github.dockerjava.core.LocalDirectorySSLConfig;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.net.ssl.SSLServerSocket;

/**
 * An engine that answers HTTP requests the way Docker's does, from a function of the request, over
 * any transport a unit test can reach: a unix socket, TCP on 127.0.0.1, TLS that wants a client
 * certificate, or ssh (a fake ssh program that dials the unix socket with socat). Each connection
 * is served on a thread of its own, as an attached terminal holds one open while others come; every
 * request is kept for the test to read.
 */
final class FakeEngineSocket implements AutoCloseable {
    enum Kind { UNIX, TCP, TLS, SSH }

    /** A request as received: "METHOD PATH", its body ("" without one; bytes as ISO-8859-1 characters), headers named in lower case. */
    record Request(String line, String body, Map<String, String> headers) {}

    /** What the fake does once it has read a request: writes its answer, or keeps talking as on a hijacked stream. */
    @FunctionalInterface
    interface Answer {
        void serve(InputStream in, OutputStream out) throws IOException;
    }

    private record Peer(InputStream in, OutputStream out, Closeable connection) {}

    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** What a client connects to, and its TLS client folder (null without TLS). */
    final String address;
    final String tlsFolder;
    private final Kind kind;
    private final Path socket;
    private final Closeable server;
    private final Thread serving;

    /** A unix socket that answers with the bytes the function gives. */
    FakeEngineSocket(Path socket, Function<Request, byte[]> answers) throws Exception {
        this(Kind.UNIX, socket, null, r -> bytes(answers.apply(r)));
    }

    /**
     * The engine over {@code kind}: for TLS with the certificates in {@code tls} (made there when
     * missing, so tests can share them), for ssh with a fake ssh program next to {@code socket}.
     */
    FakeEngineSocket(Kind kind, Path socket, Path tls, Function<Request, Answer> answers) throws Exception {
        this.kind = kind;
        this.socket = socket;
        Callable<Peer> listener;
        if (kind == Kind.UNIX || kind == Kind.SSH) {
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(socket));
            server = channel;
            listener = () -> {
                SocketChannel client = channel.accept();
                return new Peer(Channels.newInputStream(client), Transport.output(client), client);
            };
            address = kind == Kind.UNIX ? "unix://" + socket : "ssh://user@host:2222";
            tlsFolder = null;
            if (kind == Kind.SSH) {
                // The docker CLI's "ssh ... -- HOST docker system dial-stdio", with this socket as the far side.
                script(socket.resolveSibling("ssh"), "printf '%s\\n' \"$@\" > '" + socket.resolveSibling("ssh-arguments") + "'\n"
                        + "exec socat - 'UNIX-CONNECT:" + socket + "'");
            }
        } else {
            tlsFolder = kind == Kind.TLS ? certificates(tls).toString() : null;
            // The engine's side of TLS read as the client's is: its certificate, its key and the CA it trusts.
            ServerSocket tcp = kind == Kind.TCP ? new ServerSocket(0, 50, InetAddress.getLoopbackAddress())
                    : new LocalDirectorySSLConfig(tls.resolve("engine").toString()).getSSLContext().getServerSocketFactory()
                            .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            if (tcp instanceof SSLServerSocket secure) {
                secure.setNeedClientAuth(true);
            }
            server = tcp;
            listener = () -> {
                Socket client = tcp.accept();
                return new Peer(client.getInputStream(), client.getOutputStream(), client);
            };
            address = "tcp://127.0.0.1:" + tcp.getLocalPort();
        }
        serving = new Thread(() -> {
            try {
                while (true) {
                    Peer peer = listener.call();
                    Thread one = new Thread(() -> serve(peer, answers));
                    one.setDaemon(true);
                    one.start();
                }
            } catch (Exception e) {
                // Closed.
            }
        });
        serving.setDaemon(true);
        serving.start();
    }

    private void serve(Peer peer, Function<Request, Answer> answers) {
        try (Closeable connection = peer.connection()) {
            InputStream in = new BufferedInputStream(peer.in());
            Request request = read(in);
            requests.add(request);
            answers.apply(request).serve(in, peer.out());
            peer.out().flush();
        } catch (IOException | RuntimeException e) {
            // A client that broke off its request (a test of that), or a chunk size cut in half: nothing to answer.
        }
    }

    String path() {
        return socket.toString();
    }

    /** The client of this engine, as {@link EngineConnection#open} makes it (for ssh, with the fake ssh program). */
    EngineHttp http() throws EngineException {
        Transport transport = kind == Kind.SSH ? Transport.ssh(URI.create(address), socket.resolveSibling("ssh").toString())
                : Transport.of(address, tlsFolder);
        return new EngineHttp(transport, address, tlsFolder);
    }

    Engine engine() throws EngineException {
        return kind == Kind.SSH ? new ApiEngine(http()) : EngineConnection.open(address, tlsFolder);
    }

    /** The arguments the fake ssh was last run with, one a line. */
    List<String> sshArguments() throws IOException {
        return Files.readAllLines(socket.resolveSibling("ssh-arguments"));
    }

    /** These bytes, then the end of the connection. */
    static Answer bytes(byte[] all) {
        return (in, out) -> out.write(all);
    }

    /** JSON with its length, as the engine answers most requests. */
    static Answer json(int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return streamed("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n", bytes);
    }

    /** A head and a body that ends with the connection, as the engine streams a container's output. */
    static Answer streamed(String head, byte[] body) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes((head + "\r\n").getBytes(StandardCharsets.UTF_8));
        all.writeBytes(body);
        return bytes(all.toByteArray());
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

    /** An executable shell script. */
    static Path script(Path file, String commands) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + commands + "\n");
        file.toFile().setExecutable(true);
        return file;
    }

    private static Request read(InputStream in) throws IOException {
        String line = Chunked.line(in);
        if (line == null) {
            throw new EOFException("no request");
        }
        Map<String, String> headers = Chunked.headers(in);
        byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? new Chunked.Input(in).readAllBytes()
                : in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        String[] parts = line.split(" ");
        return new Request(parts[0] + " " + parts[1], new String(body, StandardCharsets.ISO_8859_1), headers);
    }

    /**
     * A CA (ca.pem), a client certificate it signed (cert.pem, key.pem), and in engine/ the engine's
     * certificate for 127.0.0.1 and localhost with its key and the CA.
     */
    private static synchronized Path certificates(Path tls) throws Exception {
        if (Files.exists(tls.resolve("engine/ca.pem"))) {
            return tls;
        }
        Files.createDirectories(tls.resolve("engine"));
        openssl(tls, "req -x509 -days 2 -subj /CN=fake-engine-CA -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca-key.pem -out ca.pem");
        Files.writeString(tls.resolve("engine/ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
        Files.writeString(tls.resolve("ext"), "extendedKeyUsage=clientAuth\n");
        for (String folder : List.of("engine/", "")) {
            openssl(tls, "req -subj /CN=fake -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout " + folder + "key.pem -out " + folder + "csr");
            openssl(tls, "x509 -req -days 2 -in " + folder + "csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -extfile " + folder + "ext -out "
                    + folder + "cert.pem");
        }
        Files.copy(tls.resolve("ca.pem"), tls.resolve("engine/ca.pem"));
        return tls;
    }

    private static void openssl(Path dir, String arguments) throws Exception {
        List<String> command = List.of(("openssl " + arguments).split(" "));
        Process openssl = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String said = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (openssl.waitFor() != 0) {
            throw new IOException(command + " failed: " + said);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            // Until the accepting thread has seen the close, the kernel may still take a connection for it.
            serving.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
