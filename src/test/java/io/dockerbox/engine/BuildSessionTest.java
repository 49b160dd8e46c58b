package io.dockerbox.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.engine.FakeEngineSocket.Kind;
import java.io.IOException;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.internal.concurrent.TaskRunner;
import okhttp3.internal.http2.Header;
import okhttp3.internal.http2.Http2Connection;
import okhttp3.internal.http2.Http2Stream;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A BuildKit build through a session, on the wire: the fake engine upgrades {@code POST /session} to
 * HTTP/2 and plays BuildKit's side with okhttp's HTTP/2 client, as the engine's gRPC client would:
 * a health check, a call dockerbox does not serve, the Dockerfile's folder, and a file sync of the
 * context in which it asks for one file of two. Only then does it answer the build, which named the
 * session.
 */
class BuildSessionTest {
    @TempDir
    static Path certificates; // made once: openssl is slow to start
    @TempDir
    Path dir;
    private FakeEngineSocket engine;
    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    /** BuildKit's side of a session, played by the fake engine once it has upgraded the connection. */
    @FunctionalInterface
    private interface BuildKitSide {
        void play(Http2Connection buildKit) throws IOException;
    }

    /**
     * The fake engine: {@code POST /session} is upgraded and {@code side} plays BuildKit on it (what
     * it throws is added to {@code saw}); the build is answered with {@code answer} once that is done.
     */
    private FakeEngineSocket engine(Kind kind, List<String> saw, BuildKitSide side, String answer) throws Exception {
        CountDownLatch played = new CountDownLatch(1);
        return new FakeEngineSocket(kind, dir.resolve("engine.sock"), certificates, request -> request.line().startsWith("POST /session")
                ? (in, out) -> {
                    out.write("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n".getBytes(UTF_8));
                    out.flush();
                    Http2Connection buildKit = new Http2Connection.Builder(true, TaskRunner.INSTANCE)
                            .socket(new Socket(), "fake BuildKit", Okio.buffer(Okio.source(in)), Okio.buffer(Okio.sink(out))).build();
                    buildKit.start(true, TaskRunner.INSTANCE);
                    try {
                        side.play(buildKit);
                    } catch (IOException | RuntimeException e) {
                        // Said in what the test compares, with where it happened.
                        saw.add("failed: " + e + " at " + List.of(e.getStackTrace()).subList(0, 6));
                    }
                    played.countDown();
                    // Open until the client ends the session after its build.
                    while (in.read() >= 0) {
                        // nothing more comes
                    }
                }
                : (in, out) -> {
                    try {
                        played.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    out.write(FakeEngineSocket.chunked(200, true, answer + "\n"));
                });
    }

    private String build(SessionFiles files, List<String> output) throws Exception {
        EngineHttp http = engine.http();
        return new BuildCall(http, new ImageCalls(http)).build(new BuildRequest(out -> {
            throw new AssertionError("no tar is written when the files go through the session");
        }, ".dockerbox.Dockerfile", Map.of(), List.of("acme/box:3"), true, new BuildRequest.Session("acme/box", "key-1", "Dockerfile", files)),
                output::add);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void buildKitAsksThroughTheSessionForWhatItLacksAndTheBuildNamesTheSession(Kind kind) throws Exception {
        Path context = Files.createDirectories(dir.resolve("box"));
        Path kept = Files.writeString(context.resolve("kept.txt"), "BuildKit has this one");
        Path changed = Files.writeString(context.resolve("changed.txt"), "and asks for this one");
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\nCOPY . /\n");
        SessionFiles files = (folder, include, exclude, follow) -> {
            seen.add(folder + " " + follow);
            return folder.equals("dockerfile")
                    ? List.of(new SessionFiles.Entry("Dockerfile", SessionFiles.Entry.Kind.FILE, 0644, Files.size(dockerfile), 1, null, dockerfile))
                    : List.of(new SessionFiles.Entry("kept.txt", SessionFiles.Entry.Kind.FILE, 0644, Files.size(kept), 1, null, kept),
                            new SessionFiles.Entry("changed.txt", SessionFiles.Entry.Kind.FILE, 0644, Files.size(changed), 2, null, changed));
        };
        List<String> buildKitSaw = new ArrayList<>();
        engine = engine(kind, buildKitSaw, buildKit -> {
            // The health check: a SERVING answer and status 0
            Call health = call(buildKit, BuildSession.HEALTH_CHECK, Map.of());
            health.send(new byte[0]);
            health.out().close();
            buildKitSaw.add("health " + toHex(health.receive()) + " " + health.status());
            // A call dockerbox does not serve
            Call secrets = call(buildKit, "/moby.buildkit.secrets.v1.Secrets/GetSecret", Map.of());
            secrets.out().close();
            buildKitSaw.add("secrets " + secrets.stream().takeHeaders().get("grpc-status"));
            // The Dockerfile's folder: one stat, the end of the listing; asked for and sent
            Call dockerfileSync = call(buildKit, BuildSession.DIFF_COPY, Map.of("dir-name", "dockerfile", "followpaths", "Dockerfile"));
            buildKitSaw.add("dockerfile " + stats(dockerfileSync));
            dockerfileSync.send(FileSync.packet(FileSync.REQ, 0, null, null));
            buildKitSaw.add("dockerfile data " + new String(data(dockerfileSync), UTF_8).strip().replace('\n', '|'));
            buildKitSaw.add("dockerfile " + fin(dockerfileSync));
            // The context: two stats in fsutil's order, only changed.txt (id 0) asked for
            Call contextSync = call(buildKit, BuildSession.DIFF_COPY, Map.of("dir-name", "context"));
            buildKitSaw.add("context " + stats(contextSync));
            contextSync.send(FileSync.packet(FileSync.REQ, 0, null, null));
            buildKitSaw.add("context data " + new String(data(contextSync), UTF_8));
            buildKitSaw.add("context " + fin(contextSync));
        }, "{\"aux\":{\"ID\":\"sha256:built\"}}");
        List<String> output = new ArrayList<>();

        assertEquals("sha256:built", build(files, output));
        assertEquals(List.of("health 0801 0", "secrets 12", "dockerfile [Dockerfile]", "dockerfile data FROM scratch|COPY . /", "dockerfile FIN, status 0",
                "context [changed.txt, kept.txt]", "context data and asks for this one", "context FIN, status 0"), buildKitSaw);
        assertEquals(List.of("dockerfile [Dockerfile]", "context []"), seen);
        assertEquals(List.of("context: 1 of 2 files sent (0.0 MB); BuildKit had the rest from its last build of this box"), output);
        FakeEngineSocket.Request session = engine.requests.get(0);
        assertEquals("POST /session", session.line());
        assertEquals("h2c", session.headers().get("upgrade"));
        assertEquals("key-1", session.headers().get("x-docker-expose-session-sharedkey"));
        String sessionId = session.headers().get("x-docker-expose-session-uuid");
        assertTrue(sessionId.matches("[a-z0-9]{25}"), sessionId);
        String build = URLDecoder.decode(engine.requests.get(1).line(), UTF_8);
        assertEquals("POST /build?version=2&session=" + sessionId + "&remote=client-session&dockerfile=Dockerfile&rm=1&forcerm=1&t=acme/box:3", build);
        assertEquals("", engine.requests.get(1).body(), "no context in the request");
    }

    @Test
    void aFileThatCannotBeReadWhenBuildKitAsksForItIsNamedWithTheBuildsFailure() throws Exception {
        Path gone = dir.resolve("gone.txt");
        SessionFiles files = (folder, include, exclude, follow) -> List.of(
                new SessionFiles.Entry("gone.txt", SessionFiles.Entry.Kind.FILE, 0644, 4, 1, null, gone));
        List<String> buildKitSaw = new ArrayList<>();
        engine = engine(Kind.UNIX, buildKitSaw, buildKit -> {
            Call sync = call(buildKit, BuildSession.DIFF_COPY, Map.of("dir-name", "context"));
            buildKitSaw.add("context " + stats(sync));
            sync.send(FileSync.packet(FileSync.REQ, 0, null, null));
            buildKitSaw.add("status " + sync.status() + ": " + sync.stream().trailers().get("grpc-message"));
        }, "{\"errorDetail\":{\"message\":\"failed to compute cache key: failed to receive the context\"},\"error\":\"failed\"}");

        BuildFailedException failed = assertThrows(BuildFailedException.class, () -> build(files, new ArrayList<>()));
        String why = "cannot read " + gone + ": it was deleted after the build listed it";
        assertEquals(List.of("context [gone.txt]", "status 2: " + GrpcMessages.percentEncoded(why)), buildKitSaw);
        assertEquals("failed to compute cache key: failed to receive the context (dockerbox could not send the files: " + why + ")",
                failed.getMessage());
    }

    private List<String> requestsWithoutQueries() {
        return engine.requests.stream().map(r -> r.line().replaceFirst("\\?.*", "")).toList();
    }

    @Test
    void aSessionOpenedAheadIsTheOneItsBuildNames() throws Exception {
        List<String> buildKitSaw = new ArrayList<>();
        engine = engine(Kind.UNIX, buildKitSaw, buildKit -> {
            Call health = call(buildKit, BuildSession.HEALTH_CHECK, Map.of());
            health.send(new byte[0]);
            health.out().close();
            buildKitSaw.add("health " + health.status());
        }, "{\"aux\":{\"ID\":\"sha256:built\"}}");
        EngineHttp http = engine.http();
        BuildCall call = new BuildCall(http, new ImageCalls(http));
        SessionFiles none = (folder, include, exclude, follow) -> List.of();
        BuildRequest.Session files = new BuildRequest.Session("acme/box", "key-1", "Dockerfile", none);

        String id;
        try (Engine.SessionAhead ahead = call.openAhead(files)) {
            id = call.build(new BuildRequest(out -> {
                throw new AssertionError("no tar");
            }, ".dockerbox.Dockerfile", Map.of(), List.of("acme/box:3"), true, files), new ArrayList<>()::add);
        }

        assertEquals("sha256:built", id);
        assertEquals(List.of("health 0"), buildKitSaw);
        assertEquals(List.of("POST /session", "POST /build"), requestsWithoutQueries(), "one session, opened ahead");
        String sessionId = engine.requests.get(0).headers().get("x-docker-expose-session-uuid");
        assertTrue(engine.requests.get(1).line().contains("session=" + sessionId + "&"), engine.requests.get(1).line());
    }

    @Test
    void aSessionOpenedAheadThatNoBuildTakesIsEnded() throws Exception {
        CountDownLatch ended = new CountDownLatch(1);
        engine = new FakeEngineSocket(Kind.UNIX, dir.resolve("engine.sock"), null, request -> (in, out) -> {
            out.write("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n".getBytes(UTF_8));
            out.flush();
            while (in.read() >= 0) {
                // dockerbox's side of HTTP/2, until it ends the session
            }
            ended.countDown();
        });
        EngineHttp http = engine.http();
        SessionFiles none = (folder, include, exclude, follow) -> List.of();

        // Closed at once: the session is ended as soon as it is open, without the caller waiting for it.
        new BuildCall(http, new ImageCalls(http)).openAhead(new BuildRequest.Session("acme/box", "key-1", "Dockerfile", none)).close();

        assertTrue(ended.await(30, TimeUnit.SECONDS), "the engine saw the session end");
        assertEquals(List.of("POST /session"), requestsWithoutQueries());
    }

    @Test
    void anErrorWhileTheSessionOpensAheadFailsItsBuildInsteadOfLeavingItWaiting() throws Exception {
        // What a class okhttp needs and cannot load would throw on the opener's thread.
        Transport broken = () -> {
            throw new NoClassDefFoundError("kotlin/jvm/internal/Intrinsics");
        };
        EngineHttp http = new EngineHttp(broken, "unix:///broken.sock", null);
        SessionFiles none = (folder, include, exclude, follow) -> List.of();
        BuildCall call = new BuildCall(http, new ImageCalls(http));
        BuildRequest.Session files = new BuildRequest.Session("acme/box", "key-1", "Dockerfile", none);

        NoClassDefFoundError thrown = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Engine.SessionAhead ahead = call.openAhead(files)) {
                return assertThrows(NoClassDefFoundError.class, () -> call.build(new BuildRequest(out -> {
                    throw new AssertionError("no tar either");
                }, ".dockerbox.Dockerfile", Map.of(), List.of("acme/box:3"), true, files), line -> { }));
            }
        });
        assertEquals("kotlin/jvm/internal/Intrinsics", thrown.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anEngineThatRefusesASessionGetsTheContextAsATar(boolean openedAhead) throws Exception {
        engine = new FakeEngineSocket(Kind.UNIX, dir.resolve("engine.sock"), null, request -> request.line().startsWith("POST /session")
                ? FakeEngineSocket.json(404, "{\"message\":\"page not found\"}")
                : FakeEngineSocket.bytes(FakeEngineSocket.chunked(200, true, "{\"aux\":{\"ID\":\"sha256:built\"}}\n")));
        EngineHttp http = engine.http();
        List<String> output = new ArrayList<>();
        SessionFiles none = (folder, include, exclude, follow) -> {
            throw new AssertionError("no session, so nothing is listed");
        };
        BuildCall call = new BuildCall(http, new ImageCalls(http));
        BuildRequest.Session files = new BuildRequest.Session("acme/box", "key-1", "Dockerfile", none);
        String id;
        try (Engine.SessionAhead ahead = openedAhead ? call.openAhead(files) : Engine.SessionAhead.NONE) {
            id = call.build(new BuildRequest(out -> out.write("the tar".getBytes(UTF_8)), ".dockerbox.Dockerfile", Map.of(), List.of("acme/box:3"),
                    true, files), output::add);
        }

        assertEquals("sha256:built", id);
        assertEquals(List.of("the engine at " + engine.address + " opens no build session (Status 404: page not found): the context goes as a tar"
                + " in the request, whole on every build"), output);
        assertEquals("POST /build?version=2&dockerfile=.dockerbox.Dockerfile&rm=1&forcerm=1&t=acme/box:3",
                URLDecoder.decode(engine.requests.get(1).line(), UTF_8));
        assertEquals("the tar", engine.requests.get(1).body());
    }

    /** One gRPC call from BuildKit's side. */
        private record Call(Http2Stream stream, BufferedSink out, BufferedSource in) {
            void send(byte[] message) throws java.io.IOException {
                out.writeByte(0);
                out.writeInt(message.length);
                out.write(message);
                out.flush();
            }

            byte[] receive() throws java.io.IOException {
                if (in.exhausted()) {
                    return null;
                }
                in.readByte();
                return in.readByteArray(in.readInt());
            }

            String status() throws java.io.IOException {
                while (receive() != null) {
                    // to the end of the answer, where the trailers are
                }
                return stream.trailers().get("grpc-status");
            }
        }

        private static Call call(Http2Connection buildKit, String method, Map<String, String> metadata) throws java.io.IOException {
            List<Header> headers = new ArrayList<>(List.of(new Header(":method", "POST"), new Header(":path", method), new Header(":scheme", "http"),
                    new Header(":authority", "localhost"), new Header("content-type", "application/grpc"), new Header("te", "trailers")));
            metadata.forEach((k, v) -> headers.add(new Header(k, v)));
            Http2Stream stream = buildKit.newStream(headers, true);
            // Sent now, as gRPC's client does; okhttp would wait for the first message.
            buildKit.flush();
            return new Call(stream, Okio.buffer(stream.getSink()), Okio.buffer(stream.getSource()));
        }

        /** The paths of the stats, up to the empty one that ends them. */
        private static List<String> stats(Call call) throws java.io.IOException {
            List<String> paths = new ArrayList<>();
            byte[] packet;
            while ((packet = call.receive()).length > 0) {
                com.google.protobuf.CodedInputStream in = com.google.protobuf.CodedInputStream.newInstance(packet);
                in.readTag();
                com.google.protobuf.CodedInputStream stat = com.google.protobuf.CodedInputStream.newInstance(in.readByteArray());
                stat.readTag();
                paths.add(stat.readString());
            }
            return paths;
        }

        private static byte[] data(Call call) throws java.io.IOException {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            FileSync.Packet p;
            while ((p = FileSync.Packet.parse(call.receive())).data().length > 0) {
                all.writeBytes(p.data());
            }
            return all.toByteArray();
        }

        /** BuildKit's FIN, dockerbox's FIN back, and the call's status. */
        private static String fin(Call call) throws java.io.IOException {
            call.send(FileSync.packet(FileSync.FIN, 0, null, null));
            call.out().close();
            FileSync.Packet last = FileSync.Packet.parse(call.receive());
            return (last.type() == FileSync.FIN ? "FIN" : "no FIN") + ", status " + call.status();
        }

        private static String toHex(byte[] bytes) {
            StringBuilder hex = new StringBuilder();
            for (byte b : bytes) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        }
    }
