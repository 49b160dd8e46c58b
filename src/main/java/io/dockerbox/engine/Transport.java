package io.dockerbox.engine;

import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.transport.NamedPipeSocket;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * How bytes reach the engine: a new two-way connection for each request (see {@link EngineHttp}),
 * over a unix socket, TCP with or without TLS, a Windows named pipe, or {@code ssh ... docker system
 * dial-stdio} as the docker CLI does. docker-java supplies what it does well here: the TLS context
 * from a folder of PEM files (any key format) and the named pipe; its HTTP client is not used, as it
 * costs about 1 s of start-up before the first answer (docs/design.md, "One engine client").
 */
interface Transport {
    Connection open() throws IOException;

    /** One connection: the engine's answer comes in on {@link #in()}, the request goes out on {@link #out()}. */
    interface Connection extends Closeable {
        InputStream in();

        OutputStream out();

        /** The failure in the transport's own words, for a connection that ended without an answer. */
        default IOException explain(IOException failure) {
            return failure;
        }
    }

    int CONNECT_TIMEOUT_MILLIS = 5_000;

    /** The transport for an address; reads the TLS folder now, so unreadable certificates fail before any request. */
    static Transport of(String address, String tlsFolder) throws EngineException {
        URI uri = URI.create(address);
        return switch (uri.getScheme()) {
            case "unix" -> () -> {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(UnixDomainSocketAddress.of(uri.getPath()));
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
                return connection(Channels.newInputStream(channel), output(channel), channel);
            };
            case "npipe" -> () -> socket(new NamedPipeSocket(uri.getPath().replace('/', '\\')), new InetSocketAddress(0));
            case "ssh" -> ssh(uri, "ssh");
            default -> tcp(uri.getHost(), uri.getPort(), tlsFolder == null ? null : tls(address, tlsFolder));
        };
    }

    /** {@code ssh://} through an ssh program: the system's, or a test's stand-in for it. */
    static Transport ssh(URI uri, String program) {
        return () -> SshConnection.open(uri, program);
    }

    private static Transport tcp(String host, int port, SSLContext tls) {
        return () -> {
            Socket plain = new Socket();
            Socket socket = plain;
            try {
                plain.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
                if (tls != null) {
                    SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, true);
                    SSLParameters parameters = secure.getSSLParameters();
                    // As the docker CLI: the engine's certificate must name the host of the address.
                    parameters.setEndpointIdentificationAlgorithm("HTTPS");
                    secure.setSSLParameters(parameters);
                    socket = secure;
                    secure.startHandshake();
                }
                return connection(socket.getInputStream(), socket.getOutputStream(), socket);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        };
    }

    private static Connection socket(Socket socket, InetSocketAddress address) throws IOException {
        try {
            socket.connect(address, CONNECT_TIMEOUT_MILLIS);
            return connection(socket.getInputStream(), socket.getOutputStream(), socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static SSLContext tls(String address, String folder) throws EngineException {
        List<String> missing = TlsFailure.missingFiles(java.nio.file.Path.of(folder));
        if (!missing.isEmpty()) {
            throw new EngineException(TlsFailure.incomplete(address, folder, missing));
        }
        try {
            return new LocalDirectorySSLConfig(folder).getSSLContext();
        } catch (Exception e) {
            throw new EngineException(TlsFailure.unreadable(address, folder, e), e);
        }
    }

    /*
     * Writes straight to the channel. Not Channels.newOutputStream: on Java 17 it takes the channel's
     * blocking lock, which Channels.newInputStream holds while it waits for the engine (JDK-8279339,
     * fixed in 19), so the keys typed into an attached terminal waited for the container's next output.
     */
    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer bytes = ByteBuffer.wrap(b, off, len);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
        };
    }

    private static Connection connection(InputStream in, OutputStream out, Closeable closer) {
        return new Connection() {
            @Override
            public InputStream in() {
                return in;
            }

            @Override
            public OutputStream out() {
                return out;
            }

            @Override
            public void close() throws IOException {
                closer.close();
            }
        };
    }

    /**
     * {@code ssh [-l USER] [-p PORT] -- HOST docker system dial-stdio}, as the docker CLI runs it for
     * {@code ssh://} engines: the system's ssh keeps its own keys, agent and known hosts. BatchMode,
     * because nobody could answer a password prompt inside Maven.
     */
    final class SshConnection implements Connection {
        private final Process process;

        private SshConnection(Process process) {
            this.process = process;
        }

        static SshConnection open(URI uri, String program) throws IOException {
            return new SshConnection(new ProcessBuilder(command(uri, program)).start());
        }

        static List<String> command(URI uri, String program) {
            List<String> command = new ArrayList<>(List.of(program, "-o", "ConnectTimeout=30", "-o", "BatchMode=yes", "-T"));
            if (uri.getUserInfo() != null) {
                command.addAll(List.of("-l", uri.getUserInfo()));
            }
            if (uri.getPort() > 0) {
                command.addAll(List.of("-p", String.valueOf(uri.getPort())));
            }
            command.addAll(List.of("--", uri.getHost(), "docker", "system", "dial-stdio"));
            return command;
        }

        @Override
        public InputStream in() {
            return process.getInputStream();
        }

        @Override
        public OutputStream out() {
            return process.getOutputStream();
        }

        /** What ssh (or the far side's shell) printed, once it has ended. */
        @Override
        public IOException explain(IOException failure) {
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    return failure;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failure;
            }
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            try (InputStream err = process.getErrorStream()) {
                err.transferTo(said);
            } catch (IOException e) {
                // What ssh said is a help, not a must.
            }
            String text = said.toString(StandardCharsets.UTF_8).strip().replaceAll("\\s*\\R\\s*", "; ");
            // Not with the failure as its cause: the message names the root cause, and this is the reason.
            IOException explained = new IOException("ssh exited with code " + process.exitValue() + (text.isEmpty() ? "" : ": " + text));
            explained.addSuppressed(failure);
            return explained;
        }

        @Override
        public void close() {
            process.destroy();
        }
    }
}
