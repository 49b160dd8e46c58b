package io.dockerbox.config;

import io.dockerbox.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Decides where the Docker engine is, in the docker CLI's order, so that dockerbox talks to the engine
 * {@code docker ps} would: -Ddockerbox.dockerHost (the CLI's -H), -Ddockerbox.dockerContext (--context),
 * DOCKER_HOST, DOCKER_CONTEXT, the current context of config.json, the default socket. Reads files
 * only; the engine is not asked.
 */
public final class EngineLocator {
    private static final String ACCEPTED =
            "unix:///path/to/docker.sock, tcp://host:port, ssh://user@host[:port], npipe:////./pipe/NAME";

    private EngineLocator() {}

    /** {@link #locate(String, String, String, Map, Path, boolean)} with this process's environment. */
    public static EngineLocation locate(String dockerHost, String dockerContext, String certPath) throws ConfigException {
        return locate(dockerHost, dockerContext, certPath, System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name", "").startsWith("Windows"));
    }

    /**
     * The engine named by the parameters (blank means not given), else by {@code env} and the docker
     * CLI's configuration under DOCKER_CONFIG (default {@code userHome/.docker}).
     *
     * @throws ConfigException when the settings contradict each other or name something unusable
     */
    public static EngineLocation locate(String dockerHost, String dockerContext, String certPath,
            Map<String, String> env, Path userHome, boolean windows) throws ConfigException {
        String host = given(dockerHost);
        String context = given(dockerContext);
        String certs = given(certPath);
        if (host != null && context != null) {
            throw new ConfigException("both -Ddockerbox.dockerHost (" + host + ") and -Ddockerbox.dockerContext ("
                    + context + ") name an engine; give one of them, as the docker CLI refuses --host with --context.");
        }
        Path config = dockerConfigDirectory(env, userHome);
        if (host != null) {
            return direct(host, "-Ddockerbox.dockerHost", certs, env, config);
        }
        String envHost = given(env.get("DOCKER_HOST"));
        String name = context;
        String from = " from -Ddockerbox.dockerContext";
        if (name == null && envHost == null) {
            name = given(env.get("DOCKER_CONTEXT"));
            from = " from DOCKER_CONTEXT";
        }
        if (name == null && envHost == null) {
            Path file = config.resolve("config.json");
            name = currentContext(file);
            from = ", current in " + file;
        }
        // The CLI's context "default" is no context at all: DOCKER_HOST (and its TLS variables), else the
        // local socket. Only --context default can meet a DOCKER_HOST; the other ways are read without one.
        if (name != null && !name.equals("default")) {
            return fromContext(name, "docker context \"" + name + "\"" + from, certs, config);
        }
        if (envHost != null) {
            return direct(envHost, "DOCKER_HOST", certs, env, config);
        }
        // No certPath here: a local socket has no TLS, and a POM may set certPath for the CI's DOCKER_HOST.
        return new EngineLocation(windows ? "npipe:////./pipe/docker_engine" : "unix:///var/run/docker.sock",
                "the default socket", null);
    }

    private static EngineLocation direct(String address, String source, String certs, Map<String, String> env, Path config)
            throws ConfigException {
        check(address, source);
        String tls = certs;
        // As the CLI: any DOCKER_TLS_VERIFY, even "0", means TLS; the certificates default to the config folder.
        if (tls == null && given(env.get("DOCKER_TLS_VERIFY")) != null) {
            String certPath = given(env.get("DOCKER_CERT_PATH"));
            tls = certPath != null ? certPath : config.toString();
        }
        return new EngineLocation(address, source, tls);
    }

    /** A context as the CLI stores it: contexts/meta/SHA/meta.json and contexts/tls/SHA/docker/, SHA of the name. */
    private static EngineLocation fromContext(String name, String source, String certs, Path config)
            throws ConfigException {
        String sha = sha256(name);
        Path tls = config.resolve(Path.of("contexts", "tls", sha, "docker"));
        if (certs != null) {
            throw new ConfigException("-Ddockerbox.certPath (" + certs + ") goes with -Ddockerbox.dockerHost or"
                    + " DOCKER_HOST, not with " + source + ": a docker context brings its own TLS material (" + tls
                    + "). Drop -Ddockerbox.certPath, or name the engine with -Ddockerbox.dockerHost instead.");
        }
        Path meta = config.resolve(Path.of("contexts", "meta", sha, "meta.json"));
        if (!Files.exists(meta)) {
            throw new ConfigException(source + " is not known: there is no " + meta + ". 'docker context ls'"
                    + " lists the contexts; 'docker context create " + name + " --docker host=...' makes this one.");
        }
        Object json;
        try {
            json = Json.parse(Files.readAllBytes(meta), 0);
        } catch (IOException e) {
            throw new ConfigException(source + ": cannot read " + meta + " (" + firstLine(e)
                    + "); 'docker context inspect " + name + "' shows what the docker CLI makes of it.");
        }
        String address = given(Json.string(json, "Endpoints", "docker", "Host"));
        if (address == null) {
            throw new ConfigException(source + ": " + meta + " has no Endpoints.docker.Host; set it with"
                    + " 'docker context update " + name + " --docker host=...'.");
        }
        if (Boolean.TRUE.equals(Json.at(json, "Endpoints", "docker", "SkipTLSVerify"))) {
            throw new ConfigException(source + ": " + meta + " sets SkipTLSVerify, and dockerbox does not skip"
                    + " TLS verification; give the context the engine's CA: 'docker context update " + name
                    + " --docker host=" + address + ",ca=...,cert=...,key=...'.");
        }
        check(address, source);
        boolean hasTls = Stream.of("ca.pem", "cert.pem", "key.pem").anyMatch(f -> Files.exists(tls.resolve(f)));
        return new EngineLocation(address, source, hasTls ? tls.toString() : null);
    }

    private static String currentContext(Path file) throws ConfigException {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            return null; // the docker CLI, too, goes on without a config.json it cannot read
        }
        try {
            return given(Json.string(Json.parse(data, 0), "currentContext"));
        } catch (IOException e) {
            throw new ConfigException(file + " is not JSON (" + firstLine(e) + "); it is the docker CLI's"
                    + " configuration, where currentContext names the docker context: repair it, or move it away.");
        }
    }

    private static void check(String address, String source) throws ConfigException {
        String why = null;
        if (address.startsWith("tcp://")) {
            String authority = authority(address, "tcp://");
            int colon = authority.lastIndexOf(':');
            if (colon <= 0 || !authority.substring(colon + 1).matches("\\d{1,5}")) {
                why = "tcp:// needs a host and a port";
            }
        } else if (address.startsWith("ssh://")) {
            String authority = authority(address, "ssh://");
            String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
            if (hostPort.isEmpty() || hostPort.startsWith(":")) {
                why = "ssh:// needs a host";
            }
        } else if (!address.startsWith("unix://") && !address.startsWith("npipe://")) {
            why = address.contains("://") ? "a scheme dockerbox does not speak" : "no scheme";
        }
        if (why != null) {
            throw new ConfigException(source + " gives the engine address \"" + address + "\", which dockerbox"
                    + " cannot use (" + why + "). Accepted forms: " + ACCEPTED + ".");
        }
    }

    private static String authority(String address, String scheme) {
        return address.substring(scheme.length()).split("/", 2)[0];
    }

    private static String sha256(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String firstLine(IOException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
    }

    /** The docker CLI's configuration folder, for its contexts here and its credentials in share: the CLI's own rule. */
    public static Path dockerConfigDirectory() {
        return dockerConfigDirectory(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path dockerConfigDirectory(Map<String, String> env, Path userHome) {
        String configured = given(env.get("DOCKER_CONFIG"));
        return configured != null ? Path.of(configured) : userHome.resolve(".docker");
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
