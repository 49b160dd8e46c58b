package io.dockerbox.engine;

import io.dockerbox.json.Json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * {@code POST /build}: the context tar is written straight into the request (chunked, so its size
 * need not be known and nothing is buffered), or, for BuildKit, its files are offered through a
 * {@link BuildSession}; the engine's answer is read as it streams, one
 * JSON message at a time. The engine tags the image only when the build succeeds, and names the
 * image it made in an {@code aux} message; an engine that does not is asked for the first tag.
 */
final class BuildCall {
    private static final JsonFactory JSON = new JsonFactory();

    private final EngineHttp http;
    private final ImageCalls images;
    private BuilderSupport support;
    /** Sessions being opened ahead of their builds, by the identity of their files (no record equality on the way). */
    private final Map<BuildRequest.Session, CompletableFuture<BuildSession>> ahead = new IdentityHashMap<>();

    BuildCall(EngineHttp http, ImageCalls images) {
        this.http = http;
        this.images = images;
    }

    /** The engine's ping says what it offers for builds; asked once per connection to the engine. */
    synchronized BuilderSupport support() throws EngineException {
        if (support == null) {
            EngineHttp.Answer ping = http.request("GET", "/_ping", null, "ping");
            http.expect(ping, "ping", 200);
            support = new BuilderSupport(ping.headers().get("api-version"), "2".equals(ping.headers().get("builder-version")),
                    ping.headers().containsKey("libpod-api-version"));
        }
        return support;
    }

    /**
     * Opens a build's session on a thread of its own (loading the HTTP/2 code on the other core
     * meanwhile); the build with the same {@link BuildRequest.Session} takes it over.
     */
    Engine.SessionAhead openAhead(BuildRequest.Session files) {
        CompletableFuture<BuildSession> opening = new CompletableFuture<>();
        synchronized (ahead) {
            ahead.put(files, opening);
        }
        Thread opener = new Thread(() -> {
            try {
                opening.complete(open(files));
            } catch (EngineException | RuntimeException | Error e) {
                // An Error too (a class okhttp needs that cannot be loaded): the build waits for this future.
                opening.completeExceptionally(e);
            }
        }, "dockerbox session " + files.name());
        opener.setDaemon(true);
        opener.start();
        return () -> {
            CompletableFuture<BuildSession> left;
            synchronized (ahead) {
                left = ahead.remove(files);
            }
            if (left != null) {
                // No build took it: closed now if it is open, else by its opener once it is; never waited for.
                left.thenAccept(BuildSession::close);
            }
        };
    }

    private BuildSession open(BuildRequest.Session files) throws EngineException {
        return BuildSession.open(http, files.name(), files.sharedKey(), files.files());
    }

    /** The session opened ahead for these files (waiting for it to be open), or one opened now. */
    private BuildSession session(BuildRequest.Session files) throws EngineException {
        CompletableFuture<BuildSession> opening;
        synchronized (ahead) {
            opening = ahead.remove(files);
        }
        if (opening == null) {
            return open(files);
        }
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof EngineException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    String build(BuildRequest request, Consumer<String> output) throws EngineException {
        if (request.buildKit() && request.session() != null) {
            BuildSession session;
            try {
                session = session(request.session());
            } catch (BuildSession.Refused e) {
                output.accept("the engine at " + http.address() + " opens no build session (" + e.getMessage()
                        + "): the context goes as a tar in the request, whole on every build");
                session = null;
            }
            if (session != null) {
                return build(request, session, output);
            }
        }
        // version=2 without a session: BuildKit reads the context from the tar in the request.
        String path = (request.buildKit() ? "/build?version=2&dockerfile=" : "/build?dockerfile=") + EngineHttp.encode(request.dockerfilePath())
                + query(request);
        return send(request, path, BodyWriter.sending("the build context", request.context()::writeTo), output);
    }

    /** A BuildKit build that names its session, which serves the files; the session ends with the build. */
    private String build(BuildRequest request, BuildSession opened, Consumer<String> output) throws EngineException {
        BuildRequest.Session files = request.session();
        try (BuildSession session = opened) {
            String path = "/build?version=2&session=" + session.id() + "&remote=client-session&dockerfile="
                    + EngineHttp.encode(files.dockerfileName()) + query(request);
            try {
                return send(request, path, null, output);
            } catch (BuildFailedException e) {
                if (session.failure() != null) {
                    throw new BuildFailedException(e.getMessage() + " (dockerbox could not send the files: " + session.failure() + ")",
                            e.step(), e.lastLines());
                }
                throw e;
            } finally {
                FileSync.Sent sent = session.contextSent();
                if (sent != null) {
                    output.accept(sentLine(sent));
                }
            }
        }
    }

    /** What the session sent of the context, said after the build. */
    static String sentLine(FileSync.Sent sent) {
        if (sent.sentFiles() == 0) {
            return "context: nothing sent; BuildKit had all " + sent.listedFiles() + " files it asked about from its last build of this box";
        }
        String size = String.format(Locale.ROOT, "%.1f MB", sent.bytes() / 1_000_000.0);
        if (sent.sentFiles() >= sent.listedFiles()) {
            return "context: all " + sent.listedFiles() + " files sent (" + size + ")";
        }
        return "context: " + sent.sentFiles() + " of " + sent.listedFiles() + " files sent (" + size + "); BuildKit had the rest from its last build of this box";
    }

    /** The rest of the query: no intermediate container left by a failed step, the tags and the build arguments. */
    private static String query(BuildRequest request) {
        StringBuilder path = new StringBuilder("&rm=1&forcerm=1");
        request.tags().forEach(tag -> path.append("&t=").append(EngineHttp.encode(tag)));
        if (!request.buildArgs().isEmpty()) {
            path.append("&buildargs=").append(EngineHttp.encode(new String(Json.write(request.buildArgs()), StandardCharsets.UTF_8)));
        }
        return path.toString();
    }

    private String send(BuildRequest request, String path, BodyWriter body, Consumer<String> output) throws EngineException {
        BuildLog log = new BuildLog(output);
        BuildKitProgress progress = request.buildKit() ? new BuildKitProgress(output) : null;
        String imageId = null;
        try (EngineHttp.Exchange build = http.exchange("POST", path, Map.of(), body, false, false, "build")) {
            http.expect(build, "build", 200);
            imageId = read(build.body(), log, progress);
        } catch (IOException e) {
            throw log.lostConnection(http.address(), progress == null ? null : progress.runningSteps(), e);
        }
        if (log.error() != null) {
            throw progress == null ? log.failure()
                    : new BuildFailedException(log.error().strip(), progress.failedStep(), progress.failedLines());
        }
        if (imageId == null && !request.tags().isEmpty()) {
            imageId = images.inspect(request.tags().get(0)).map(ImageInfo::id).orElse(null);
        }
        if (imageId == null) {
            throw new EngineException("the engine at " + http.address() + " ended the build without naming an image");
        }
        return imageId;
    }

    /**
     * The build's messages: text to the log, BuildKit's progress to its reader, an error as the
     * failure, the image id from {@code aux} (BuildKit's {@code moby.image.id} has the same shape).
     */
    private static String read(InputStream body, BuildLog log, BuildKitProgress progress) throws IOException {
        String imageId = null;
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                Object message = Json.read(p);
                if (progress != null && "moby.buildkit.trace".equals(Json.string(message, "id"))) {
                    progress.accept(BuildKitTrace.decode(Base64.getDecoder().decode(Json.string(message, "aux"))));
                    continue;
                }
                String text = Json.string(message, "stream");
                boolean error = Json.at(message, "error") != null || Json.at(message, "errorDetail") != null;
                if (progress != null && (text != null || error)) {
                    progress.releaseDone();  // before what is printed next
                }
                if (text != null) {
                    log.stream(text);
                }
                if (Json.string(message, "aux", "ID") != null) {
                    imageId = Json.string(message, "aux", "ID");
                }
                if (error) {
                    String detail = Json.string(message, "errorDetail", "message");
                    log.error(detail != null ? detail : Json.string(message, "error"));
                }
            }
        } finally {
            if (progress != null) {
                progress.releaseDone();
            }
        }
        return imageId;
    }
}
