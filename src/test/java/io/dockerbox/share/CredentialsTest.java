package io.dockerbox.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.config.ImageReference;
import io.dockerbox.engine.RegistryAuth;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    @TempDir
    Path dir;

    private Credentials credentials(List<Credentials.Server> servers, String configJson) throws Exception {
        if (configJson != null) {
            Files.writeString(dir.resolve("config.json"), configJson);
        }
        return new Credentials(Credentials.ServerLookup.of(servers), dir, List.of(dir.resolve("bin")));
    }

    private static String basic(String userPassword) {
        return Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSettingsServerWithTheRegistryHostAsIdWinsOverConfigJson() throws Exception {
        Credentials c = credentials(List.of(new Credentials.Server("localhost:5443", "maven", "fromSettings")),
                "{\"auths\":{\"localhost:5443\":{\"auth\":\"" + basic("docker:fromDocker") + "\"}}}");
        RegistryAuth auth = c.forRegistry("localhost:5443");
        assertEquals("maven", auth.username());
        assertEquals("fromSettings", auth.password());
        assertFalse(auth.toString().contains("fromSettings"), auth.toString());
    }

    @Test
    void configJsonAuthsAreDecodedWhateverTheKeysSpelling() throws Exception {
        Credentials c = credentials(List.of(),
                "{\"auths\":{\"https://registry.example.com/v1/\":{\"auth\":\"" + basic("ann:pa:ss") + "\"}},\"other\":[1,{\"x\":2}]}");
        RegistryAuth auth = c.forRegistry("registry.example.com");
        assertEquals("ann", auth.username());
        assertEquals("pa:ss", auth.password());
        assertTrue(auth.source().contains("config.json"), auth.source());
    }

    @Test
    void noSettingsAndNoConfigMeansAnonymous() throws Exception {
        assertTrue(credentials(List.of(), null).forRegistry("localhost:5000").isAnonymous());
        assertTrue(credentials(List.of(), "{\"auths\":{\"other:1\":{\"auth\":\"" + basic("a:b") + "\"}}}")
                .forRegistry("localhost:5000").isAnonymous());
    }

    @Test
    void aCredentialHelperIsAskedWithTheRegistryOnItsInput() throws Exception {
        String helper = helperKnowingOnly("dbxtest", "localhost:5443", "helped", "fromHelper");
        Credentials c = credentials(List.of(), "{\"credHelpers\":{\"localhost:5443\":\"" + helper + "\"}}");
        RegistryAuth auth = c.forRegistry("localhost:5443");
        assertEquals("helped", auth.username());
        assertEquals("fromHelper", auth.password());
        assertTrue(c.forRegistry("localhost:5000").isAnonymous(), "a registry the helper is not for");
    }

    @Test
    void dockerHubIsAskedOfAHelperByTheKeyTheDockerCliStoresItUnder() throws Exception {
        // What docker login writes into osxkeychain, desktop, pass or wincred for Docker Hub.
        String helper = helperKnowingOnly("dbxhub", "https://index.docker.io/v1/", "hubuser", "fromKeychain");
        RegistryAuth auth = credentials(List.of(), "{\"credsStore\":\"" + helper + "\"}").forRegistry(ImageReference.DOCKER_HUB);
        assertEquals("hubuser", auth.username());
        assertEquals("fromKeychain", auth.password());
        assertEquals(ImageReference.DOCKER_HUB, auth.registry(), "the registry as images name it, for the engine");
        RegistryAuth byCredHelpers = credentials(List.of(),
                "{\"credHelpers\":{\"https://index.docker.io/v1/\":\"" + helper + "\"}}").forRegistry(ImageReference.DOCKER_HUB);
        assertEquals("hubuser", byCredHelpers.username());
    }

    @Test
    void aCredsStoreThatDoesNotKnowTheRegistryFallsBackToAuths() throws Exception {
        String helper = helper("dbxempty", "echo 'credentials not found in native keychain'; exit 1\n");
        Credentials c = credentials(List.of(), "{\"credsStore\":\"" + helper + "\",\"auths\":{\"localhost:5443\":{\"auth\":\""
                + basic("u:p") + "\"}}}");
        assertEquals("u", c.forRegistry("localhost:5443").username());
    }

    @Test
    void aHelperThatCannotBeRunIsAClearError() throws Exception {
        Credentials c = credentials(List.of(), "{\"credsStore\":\"no-such-helper-dbx\"}");
        CredentialsException e = assertThrows(CredentialsException.class, () -> c.forRegistry("localhost:5443"));
        assertTrue(e.getMessage().contains("docker-credential-no-such-helper-dbx is not on the PATH"), e.getMessage());
    }

    @Test
    void anIdentityTokenFromAHelperIsNotAPassword() throws Exception {
        String helper = helper("dbxtoken", "read host; echo '{\"Username\":\"<token>\",\"Secret\":\"refresh\"}'\n");
        RegistryAuth auth = credentials(List.of(), "{\"credsStore\":\"" + helper + "\"}").forRegistry("r.example.com");
        assertEquals("refresh", auth.identityToken());
        assertNull(auth.password());
    }

    @Test
    void aBrokenAuthEntryOrFileIsAClearError() throws Exception {
        CredentialsException bad = assertThrows(CredentialsException.class,
                () -> credentials(List.of(), "{\"auths\":{\"h:1\":{\"auth\":\"bm9jb2xvbg==\"}}}").forRegistry("h:1"));
        assertTrue(bad.getMessage().contains("auths.h:1.auth is not base64 of user:password"), bad.getMessage());
        CredentialsException broken = assertThrows(CredentialsException.class,
                () -> credentials(List.of(), "[not json").forRegistry("h:1"));
        assertTrue(broken.getMessage().contains("cannot be read as the Docker CLI's configuration"), broken.getMessage());
    }

    @Test
    void aSettingsServerWithoutUserIsAClearError() throws Exception {
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> credentials(List.of(new Credentials.Server("h:1", null, null)), null).forRegistry("h:1"));
        assertTrue(e.getMessage().contains("settings.xml <server> 'h:1' has no <username>"), e.getMessage());
    }

    /** A helper that answers for this one key, as the helper protocol has it, and says "not found" for any other. */
    private String helperKnowingOnly(String name, String key, String username, String secret) throws Exception {
        return helper(name, """
                read host
                if [ "$host" = "%1$s" ]; then
                  echo '{"ServerURL":"%1$s","Username":"%2$s","Secret":"%3$s"}'
                else
                  echo "credentials not found in native keychain"; exit 1
                fi
                """.formatted(key, username, secret));
    }

    private String helper(String name, String body) throws Exception {
        // A real credential helper: a script named docker-credential-NAME in a folder of the search path.
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Path script = bin.resolve("docker-credential-" + name);
        Files.writeString(script, "#!/bin/sh\n" + body);
        script.toFile().setExecutable(true);
        return name;
    }
}
