package io.dockerbox.share;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dockerbox.config.ImageReference;
import io.dockerbox.engine.RegistryAuth;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds the credentials for a registry the way a Maven user expects: a {@code <server>} of Maven's
 * settings.xml whose id is the registry host (its password already decrypted by Maven), else the
 * Docker CLI's {@code config.json} ({@code credHelpers}, {@code credsStore}, {@code auths}), else
 * none. Nothing here prints or stores a secret.
 */
public final class Credentials {
    /** A settings.xml {@code <server>}, its password decrypted in memory. */
    public record Server(String id, String username, String password) {
        @Override
        public String toString() {
            return "server " + id + " (user " + username + ")";
        }
    }

    /** Maven's settings.xml servers by id; decrypting a password may fail. */
    @FunctionalInterface
    public interface ServerLookup {
        /** The server with this id, its password decrypted, or null. */
        Server find(String id) throws CredentialsException;

        static ServerLookup of(List<Server> servers) {
            Map<String, Server> byId = new HashMap<>();
            servers.forEach(s -> byId.put(s.id(), s));
            return byId::get;
        }
    }

    private static final long HELPER_TIMEOUT_SECONDS = 30;
    /** The docker CLI's {@code registry.IndexServer}: what {@code docker login} stores Docker Hub under. */
    private static final String DOCKER_HUB_HELPER_KEY = "https://index.docker.io/v1/";
    private final ServerLookup servers;
    private final Path dockerConfigDirectory;
    private final List<Path> helperPath;

    /**
     * @param servers               asked only for the registry at hand, so other passwords are never decrypted
     * @param dockerConfigDirectory the Docker CLI's configuration folder: {@code DOCKER_CONFIG}, else {@code ~/.docker}
     */
    public Credentials(ServerLookup servers, Path dockerConfigDirectory) {
        this(servers, dockerConfigDirectory, searchPath());
    }

    /** @param helperPath the folders searched for {@code docker-credential-*} helpers, like the PATH */
    Credentials(ServerLookup servers, Path dockerConfigDirectory, List<Path> helperPath) {
        this.servers = servers;
        this.dockerConfigDirectory = dockerConfigDirectory;
        this.helperPath = helperPath;
    }

    private static List<Path> searchPath() {
        String path = System.getenv("PATH");
        return path == null ? List.of() : java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(p -> !p.isEmpty()).map(Path::of).toList();
    }

    public RegistryAuth forRegistry(String registry) throws CredentialsException {
        Server server = servers.find(registry);
        if (server != null) {
            if (server.username() == null) {
                throw new CredentialsException("settings.xml <server> '" + registry + "' has no <username>; add <username> and"
                        + " <password> (encrypt it with mvn --encrypt-password) or remove the <server> to use docker login");
            }
            return new RegistryAuth(registry, server.username(), server.password(), null, "settings.xml <server> " + registry);
        }
        Path file = dockerConfigDirectory.resolve("config.json");
        if (!Files.isRegularFile(file)) {
            return RegistryAuth.anonymous(registry);
        }
        DockerConfig config;
        try (InputStream in = Files.newInputStream(file)) {
            config = DockerConfig.read(in);
        } catch (IOException e) {
            throw new CredentialsException(file + " cannot be read as the Docker CLI's configuration: " + e.getMessage()
                    + "; fix the file, or give the registry's credentials as a <server> with id '" + registry + "' in settings.xml");
        }
        // Docker Hub is keyed by its old index address in config.json (keys read there are cut to the host), and
        // the Docker CLI stores it in a helper under the full address, which the helper must be asked for.
        boolean hub = registry.equals(ImageReference.DOCKER_HUB);
        String key = hub ? "index.docker.io" : registry;
        String helper = config.credHelpers.getOrDefault(key, config.credsStore);
        if (helper != null && !helper.isBlank()) {
            RegistryAuth fromHelper = fromHelper(helper, registry, hub ? DOCKER_HUB_HELPER_KEY : registry, file);
            if (fromHelper != null) {
                return fromHelper;
            }
        }
        DockerConfig.Entry entry = config.auths.get(key);
        if (entry != null) {
            return entry.toAuth(registry, file);
        }
        return RegistryAuth.anonymous(registry);
    }

    /** Asks {@code docker-credential-HELPER get} for {@code key}; null when the helper has nothing for it. */
    private RegistryAuth fromHelper(String helper, String registry, String key, Path file) throws CredentialsException {
        String program = "docker-credential-" + helper;
        String where = program + " (from " + file + ")";
        Path executable = helperPath.stream().map(dir -> dir.resolve(program)).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new CredentialsException(file + " names the credential helper '" + helper + "' for " + registry
                        + ", but " + program + " is not on the PATH; install it, or fix " + file));
        Process process;
        try {
            process = new ProcessBuilder(executable.toString(), "get").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new CredentialsException(where + " cannot be run: " + e.getMessage());
        }
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(key.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // A helper that answers without reading its input closed the pipe; its answer still counts.
            }
            byte[] answer;
            try (InputStream stdout = process.getInputStream()) {
                answer = stdout.readAllBytes();
            }
            if (!process.waitFor(HELPER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new CredentialsException(where + " did not answer within " + HELPER_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                // The protocol's "credentials not found in native keychain": this registry is not stored there.
                return null;
            }
            return DockerConfig.helperAnswer(answer, registry, where);
        } catch (IOException e) {
            throw new CredentialsException(where + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CredentialsException(where + " was interrupted");
        }
    }

    /** The parts of config.json that hold credentials, read with jackson-core's streaming parser. */
    static final class DockerConfig {
        record Entry(String auth, String username, String password, String identityToken) {
            RegistryAuth toAuth(String registry, Path file) throws CredentialsException {
                String source = "auths of " + file;
                if (identityToken != null && !identityToken.isEmpty()) {
                    return new RegistryAuth(registry, username == null ? "<token>" : username, null, identityToken, source);
                }
                if (auth != null && !auth.isEmpty()) {
                    String decoded;
                    try {
                        decoded = new String(Base64.getDecoder().decode(auth.strip()), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        decoded = "";
                    }
                    int colon = decoded.indexOf(':');
                    if (colon <= 0) {
                        throw new CredentialsException(file + ": auths." + registry + ".auth is not base64 of user:password;"
                                + " run docker login " + registry + " again, or fix the file");
                    }
                    return new RegistryAuth(registry, decoded.substring(0, colon), decoded.substring(colon + 1), null, source);
                }
                if (username != null && password != null) {
                    return new RegistryAuth(registry, username, password, null, source);
                }
                return RegistryAuth.anonymous(registry);
            }
        }

        final Map<String, Entry> auths = new HashMap<>();
        final Map<String, String> credHelpers = new HashMap<>();
        String credsStore;

        static DockerConfig read(InputStream in) throws IOException {
            DockerConfig config = new DockerConfig();
            try (JsonParser json = new JsonFactory().createParser(in)) {
                expect(json.nextToken(), JsonToken.START_OBJECT);
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    JsonToken value = json.nextToken();
                    switch (field) {
                        case "credsStore" -> config.credsStore = value == JsonToken.VALUE_STRING ? json.getText() : null;
                        case "credHelpers" -> strings(json, value).forEach((k, v) -> config.credHelpers.put(host(k), v));
                        case "auths" -> {
                            expect(value, JsonToken.START_OBJECT);
                            while (json.nextToken() == JsonToken.FIELD_NAME) {
                                String registry = host(json.currentName());
                                Map<String, String> entry = strings(json, json.nextToken());
                                config.auths.put(registry, new Entry(entry.get("auth"), entry.get("username"),
                                        entry.get("password"), entry.get("identitytoken")));
                            }
                        }
                        default -> json.skipChildren();
                    }
                }
            }
            return config;
        }

        static RegistryAuth helperAnswer(byte[] answer, String registry, String where) throws CredentialsException {
            Map<String, String> fields;
            try (JsonParser json = new JsonFactory().createParser(answer)) {
                fields = strings(json, json.nextToken());
            } catch (IOException e) {
                throw new CredentialsException(where + " answered with something that is not JSON: " + e.getMessage());
            }
            String username = fields.get("Username");
            String secret = fields.get("Secret");
            if (secret == null) {
                throw new CredentialsException(where + " answered without a Secret for " + registry);
            }
            // The protocol's marker for an identity token instead of a password.
            if ("<token>".equals(username)) {
                return new RegistryAuth(registry, username, null, secret, where);
            }
            return new RegistryAuth(registry, username, secret, null, where);
        }

        /** An object of string values; other values are skipped. */
        private static Map<String, String> strings(JsonParser json, JsonToken start) throws IOException {
            expect(start, JsonToken.START_OBJECT);
            Map<String, String> values = new HashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                if (json.nextToken() == JsonToken.VALUE_STRING) {
                    values.put(name, json.getText());
                } else {
                    json.skipChildren();
                }
            }
            return values;
        }

        private static void expect(JsonToken actual, JsonToken expected) throws IOException {
            if (actual != expected) {
                throw new IOException("expected " + expected + " but found " + actual);
            }
        }

        /** {@code https://localhost:5443/v1/} and {@code localhost:5443} name the same registry. */
        static String host(String key) {
            String host = key.replaceFirst("^[a-zA-Z]+://", "");
            int slash = host.indexOf('/');
            return slash < 0 ? host : host.substring(0, slash);
        }
    }
}
