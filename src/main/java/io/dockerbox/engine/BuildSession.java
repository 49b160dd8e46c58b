package io.dockerbox.engine;

import java.io.IOException;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.List;
import okhttp3.Headers;
import okhttp3.internal.concurrent.TaskRunner;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.Header;
import okhttp3.internal.http2.Http2Connection;
import okhttp3.internal.http2.Http2Stream;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/**
 * A BuildKit session, as the docker CLI opens one for {@code docker build}: {@code POST /session}
 * upgraded to HTTP/2, on which the engine is the client and dockerbox the gRPC server. It serves
 * fsutil's file sync of the build's folders (so BuildKit receives only the files that changed since
 * the last build of the same context, straight into its snapshot) and the health check the engine
 * asks every five seconds; anything else is answered "unimplemented". A build names it with
 * {@code session=ID&remote=client-session}; closing it ends the session on the engine too.
 */
final class BuildSession implements AutoCloseable {
    static final String DIFF_COPY = "/moby.filesync.v1.FileSync/DiffCopy";
    static final String HEALTH_CHECK = "/grpc.health.v1.Health/Check";
    /** grpc.health.v1.HealthCheckResponse{status: SERVING}. */
    private static final byte[] SERVING = {0x08, 0x01};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final EngineHttp.Exchange exchange;
    private final SessionFiles files;
    private FileSync.Sent contextSent;
    private volatile Http2Connection connection;
    private volatile String failure;

    private BuildSession(String id, EngineHttp.Exchange exchange, SessionFiles files) {
        this.id = id;
        this.exchange = exchange;
        this.files = files;
    }

    /**
     * @param name      what the engine calls the session (the CLI: the context folder's name)
     * @param sharedKey the same for every build of one context, so that BuildKit syncs against what
     *                  it kept from the last of them
     */
    static BuildSession open(EngineHttp http, String name, String sharedKey, SessionFiles files) throws EngineException {
        String id = newId();
        List<String> headers = List.of("X-Docker-Expose-Session-Uuid: " + id, "X-Docker-Expose-Session-Name: " + name,
                "X-Docker-Expose-Session-Sharedkey: " + sharedKey, "X-Docker-Expose-Session-Grpc-Method: " + DIFF_COPY,
                "X-Docker-Expose-Session-Grpc-Method: " + HEALTH_CHECK);
        String what = "open a build session";
        EngineHttp.Exchange exchange = http.upgrade("/session", "h2c", headers, what);
        BuildSession session = new BuildSession(id, exchange, files);
        try {
            if (exchange.status() != 101) {
                throw new Refused("Status " + exchange.status() + ": " + exchange.readAll().message());
            }
            BufferedSource in = Okio.buffer(Okio.source(exchange.body()));
            BufferedSink out = Okio.buffer(Okio.sink(exchange.out()));
            Http2Connection connection = new Http2Connection.Builder(false, TaskRunner.INSTANCE)
                    .socket(new ExchangeSocket(exchange), "engine session " + id, in, out)
                    .listener(new Http2Connection.Listener() {
                        @Override
                        public void onStream(Http2Stream stream) {
                            session.serve(stream);
                        }
                    })
                    .build();
            session.connection = connection;
            connection.start(true, TaskRunner.INSTANCE);
            return session;
        } catch (IOException e) {
            exchange.close();
            throw http.connectionFailure(what, e);
        } catch (EngineException | RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    /** The engine answered, and not with a session (an old engine, or a proxy in front of it that lets no upgrade through). */
    static final class Refused extends EngineException {
        Refused(String answer) {
            super(answer);
        }
    }

    String id() {
        return id;
    }

    /**
     * What the syncs of the build context sent (the Dockerfile's folder and the look for
     * {@code .dockerignore} left out), or null when there was none. BuildKit asks only for the paths
     * the Dockerfile's COPY and ADD name.
     */
    synchronized FileSync.Sent contextSent() {
        return contextSent;
    }

    private synchronized void addContextSent(FileSync.Sent one) {
        contextSent = contextSent == null ? one
                : new FileSync.Sent(contextSent.listedFiles() + one.listedFiles(), contextSent.sentFiles() + one.sentFiles(),
                        contextSent.bytes() + one.bytes());
    }

    /** Why a file sync failed on dockerbox's side (a file that could not be read), or null. */
    String failure() {
        return failure;
    }

    private void serve(Http2Stream stream) {
        try {
            Headers request = stream.takeHeaders();
            String method = request.get(":path");
            if (HEALTH_CHECK.equals(method)) {
                GrpcMessages messages = answer(stream);
                messages.read();
                messages.write(SERVING);
                finish(stream, messages, "0", null);
            } else if (DIFF_COPY.equals(method)) {
                GrpcMessages messages = answer(stream);
                String folder = request.get("dir-name");
                try {
                    List<SessionFiles.Entry> entries = files.list(folder == null ? "context" : folder, request.values("include-patterns"),
                            request.values("exclude-patterns"), request.values("followpaths"));
                    FileSync.Sent one = FileSync.send(entries, messages);
                    if ("context".equals(folder) && !request.values("followpaths").equals(List.of(".dockerignore"))) {
                        addContextSent(one);
                    }
                    finish(stream, messages, "0", null);
                } catch (IOException | RuntimeException e) {
                    failure = e.getMessage();
                    finish(stream, messages, "2", String.valueOf(e.getMessage()));
                }
            } else {
                // Trailers only: the call is not served.
                stream.writeHeaders(List.of(new Header(":status", "200"), new Header("content-type", "application/grpc"),
                        new Header("grpc-status", "12"), new Header("grpc-message", "dockerbox does not serve " + method)), true, true);
            }
        } catch (IOException e) {
            // The engine ended the call or the session: the build's answer says what that did.
        }
    }

    private static GrpcMessages answer(Http2Stream stream) throws IOException {
        stream.writeHeaders(List.of(new Header(":status", "200"), new Header("content-type", "application/grpc")), false, true);
        return new GrpcMessages(Okio.buffer(stream.getSource()), Okio.buffer(stream.getSink()));
    }

    private static void finish(Http2Stream stream, GrpcMessages messages, String status, String message) throws IOException {
        stream.enqueueTrailers(message == null ? Headers.of("grpc-status", status)
                : Headers.of("grpc-status", status, "grpc-message", GrpcMessages.percentEncoded(message)));
        messages.close();
    }

    @Override
    public void close() {
        Http2Connection c = connection;
        if (c != null) {
            try {
                c.shutdown(ErrorCode.NO_ERROR);
            } catch (IOException e) {
                // Closed below either way.
            }
            c.close();
        }
        exchange.close();
    }

    /** 25 characters of [a-z0-9], as BuildKit's own identity.NewID(). */
    private static String newId() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder(25);
        for (int i = 0; i < 25; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** okhttp closes its connection through a socket: this one closes the hijacked exchange, whatever its transport. */
    private static final class ExchangeSocket extends Socket {
        private final EngineHttp.Exchange exchange;

        ExchangeSocket(EngineHttp.Exchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public synchronized void close() {
            exchange.close();
        }
    }
}
