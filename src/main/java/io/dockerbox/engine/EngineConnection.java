package io.dockerbox.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Opens an {@link Engine}: the usual Docker environment, an optional override, and a quick ping. */
public final class EngineConnection {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final long PING_TIMEOUT_SECONDS = 10;

    private EngineConnection() {}

    /**
     * Connects to the engine named by {@code dockerHost} (when not blank) or by {@code DOCKER_HOST},
     * {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}, and checks that it answers.
     * No API version is fixed: requests go unversioned, so the engine answers with its own.
     */
    public static Engine open(String dockerHost, String certPath) throws EngineException {
        String socket = localSocket(dockerHost, certPath);
        if (socket != null) {
            return new LazyEngine("unix://" + socket, socket, () -> openDockerJava(dockerHost, certPath));
        }
        return openDockerJava(dockerHost, certPath);
    }

    /**
     * The path of the local engine's unix socket when that is where dockerbox connects without TLS,
     * else null (then docker-java's own configuration decides everything).
     */
    static String localSocket(String dockerHost, String certPath) {
        if (certPath != null && !certPath.isBlank() || System.getenv("DOCKER_TLS_VERIFY") != null
                || System.getenv("DOCKER_CONTEXT") != null || System.getProperty("DOCKER_HOST") != null) {
            return null;
        }
        String host = address(dockerHost);
        return host.startsWith("unix://") ? host.substring("unix://".length()) : null;
    }

    /** The engine's address as the user gave it: the parameter, else DOCKER_HOST, else the local socket. */
    static String address(String dockerHost) {
        String host = dockerHost != null && !dockerHost.isBlank() ? dockerHost.strip() : System.getenv("DOCKER_HOST");
        return host == null || host.isBlank() ? "unix:///var/run/docker.sock" : host;
    }

    static EngineException unreachable(String address, Throwable cause) {
        return unreachable(address, null, cause);
    }

    /** The failure to reach an engine; {@code certPath} is the TLS client folder, or null without TLS. */
    static EngineException unreachable(String address, String certPath, Throwable cause) {
        String tls = cause instanceof TimeoutException ? null : TlsFailure.explain(address, certPath, cause);
        if (tls != null) {
            return new EngineException(tls, cause);
        }
        String why = cause instanceof TimeoutException ? "no answer within " + PING_TIMEOUT_SECONDS + " s" : rootMessage(cause);
        return new EngineException("no Docker engine answered at " + address + " (" + why + "). "
                + "Start one (for example 'sudo systemctl start docker' or 'dockerd &'), "
                + "or point DOCKER_HOST or -Ddockerbox.dockerHost at a running engine.", cause);
    }

    /**
     * httpclient5 logs every request header at debug level, and X-Registry-Auth is the registry
     * password in base64: with {@code mvn -X} it would be printed. Its header and wire loggers are
     * held at info (through the slf4j simple-logger properties Maven's logger reads when a logger is
     * made) unless the user set them.
     */
    static void silenceHeaderLogs() {
        for (String logger : java.util.List.of("org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire")) {
            System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log." + logger, "info");
        }
    }

    private static Engine openDockerJava(String dockerHost, String certPath) throws EngineException {
        silenceHeaderLogs();
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
        if (dockerHost != null && !dockerHost.isBlank()) {
            builder.withDockerHost(dockerHost.strip());
        }
        if (certPath != null && !certPath.isBlank()) {
            builder.withDockerTlsVerify(true).withDockerCertPath(certPath.strip());
        }
        String tlsFolder = TlsFailure.certPath(certPath, System.getenv("DOCKER_TLS_VERIFY"), System.getenv("DOCKER_CERT_PATH"),
                System.getProperty("user.home"));
        List<String> missing = tlsFolder == null ? List.of() : TlsFailure.missingFiles(Path.of(tlsFolder));
        if (!missing.isEmpty()) {
            throw new EngineException(TlsFailure.incomplete(address(dockerHost), tlsFolder, missing));
        }
        DefaultDockerClientConfig config;
        try {
            config = builder.build();
        } catch (RuntimeException e) {
            throw new EngineException("invalid Docker engine address '" + dockerHost + "': " + e.getMessage()
                    + ". Use unix:///path/to/docker.sock or tcp://host:port.", e);
        }
        String address = config.getDockerHost().toString();
        String tlsInUse = config.getSSLConfig() instanceof LocalDirectorySSLConfig local ? local.getDockerCertPath()
                : config.getSSLConfig() != null ? tlsFolder : null;
        DockerHttpClient http;
        try {
            // Reads the certificates: a file that is no PEM fails here, as a bare NullPointerException.
            http = new ApacheDockerHttpClient.Builder()
                    .dockerHost(config.getDockerHost())
                    .sslConfig(config.getSSLConfig())
                    .connectionTimeout(CONNECT_TIMEOUT)
                    .build();
        } catch (RuntimeException e) {
            if (tlsInUse == null) {
                throw e;
            }
            throw new EngineException(TlsFailure.unreadable(address, tlsInUse, e), e);
        }
        DockerClient client = DockerClientImpl.getInstance(config, http);
        DockerJavaEngine engine = new DockerJavaEngine(client, http, address);
        try {
            CompletableFuture.runAsync(() -> client.pingCmd().exec()).get(PING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return engine;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            engine.close();
            throw new EngineException("interrupted while connecting to the Docker engine at " + address, e);
        } catch (ExecutionException | TimeoutException e) {
            engine.close();
            throw unreachable(address, tlsInUse, e instanceof ExecutionException ? e.getCause() : e);
        }
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // Engine answers end in a newline, which would break the one-line error in two.
        String name = root.getClass().getSimpleName();
        return root.getMessage() == null ? name : name + ": " + root.getMessage().replaceAll("\\s+", " ").strip();
    }
}
