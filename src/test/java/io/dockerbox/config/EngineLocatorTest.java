package io.dockerbox.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the engine is, from parameters, environment and the docker CLI's files as the CLI lays them out. */
class EngineLocatorTest {
    private static final String COLIMA_SHA = "f24fd3749c1368328e2b149bec149cb6795619f244c5b584e844961215dadd16";

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();

    private Path docker() {
        return home.resolve(".docker");
    }

    private EngineLocation locate(String dockerHost, String dockerContext, String certPath) throws ConfigException {
        return EngineLocator.locate(dockerHost, dockerContext, certPath, env, home, false);
    }

    private String failure(String dockerHost, String dockerContext, String certPath) {
        return assertThrows(ConfigException.class, () -> locate(dockerHost, dockerContext, certPath)).getMessage();
    }

    private static void assertContains(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "'" + part + "' not in: " + message);
        }
    }

    private static String sha(String name) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
    }

    private Path metaFile(Path config, String name) throws Exception {
        return config.resolve("contexts/meta/" + sha(name) + "/meta.json");
    }

    private Path context(Path config, String name, String endpoint) throws Exception {
        return write(metaFile(config, name), "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":"
                + "{\"Host\":\"" + endpoint + "\",\"SkipTLSVerify\":false}}}");
    }

    private Path context(String name, String endpoint) throws Exception {
        return context(docker(), name, endpoint);
    }

    private void current(Path config, String name) throws IOException {
        write(config.resolve("config.json"), "{\"auths\":{},\"currentContext\":\"" + name + "\"}");
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void theHostParameterWinsOverEveryOtherSetting() throws Exception {
        env.put("DOCKER_HOST", "tcp://env:2375");
        env.put("DOCKER_CONTEXT", "other");
        current(docker(), "other");
        EngineLocation found = locate("  tcp://127.0.0.1:2376 ", null, null);
        assertEquals(new EngineLocation("tcp://127.0.0.1:2376", "-Ddockerbox.dockerHost", null), found);
        assertEquals("tcp://127.0.0.1:2376 (-Ddockerbox.dockerHost)", found.describe());
    }

    @Test
    void hostAndContextParametersTogetherAreRefusedNamingBoth() {
        assertContains(failure("tcp://a:2375", "other", null), "-Ddockerbox.dockerHost (tcp://a:2375)",
                "-Ddockerbox.dockerContext (other)", "give one of them", "--host with --context");
    }

    @Test
    void theContextParameterWinsOverDockerHost() throws Exception {
        context("other", "unix:///tmp/other.sock");
        env.put("DOCKER_HOST", "tcp://env:2375");
        assertEquals(new EngineLocation("unix:///tmp/other.sock", "docker context \"other\" from -Ddockerbox.dockerContext",
                null), locate(null, "other", null));
    }

    @Test
    void dockerHostWinsOverDockerContextAndTheCurrentContext() throws Exception {
        env.put("DOCKER_HOST", "ssh://me@build:2222");
        env.put("DOCKER_CONTEXT", "other");
        current(docker(), "other");
        assertEquals(new EngineLocation("ssh://me@build:2222", "DOCKER_HOST", null), locate(null, null, null));
    }

    @Test
    void dockerContextWinsOverTheCurrentContext() throws Exception {
        context("other", "unix:///tmp/other.sock");
        current(docker(), "missing");
        env.put("DOCKER_CONTEXT", " other ");
        assertEquals(new EngineLocation("unix:///tmp/other.sock", "docker context \"other\" from DOCKER_CONTEXT", null),
                locate(null, null, null));
    }

    @Test
    void theCurrentContextOfConfigJsonNamesTheEngine() throws Exception {
        context("other", "tcp://10.0.0.5:2375");
        current(docker(), "other");
        assertEquals(new EngineLocation("tcp://10.0.0.5:2375",
                "docker context \"other\", current in " + docker().resolve("config.json"), null), locate(null, null, null));
    }

    @Test
    void contextsAreFoundUnderTheSha256OfTheirName() throws Exception {
        write(docker().resolve("contexts/meta/" + COLIMA_SHA + "/meta.json"), "{\"Name\":\"colima\",\"Metadata\":"
                + "{\"Description\":\"colima\"},\"Endpoints\":{\"docker\":{\"Host\":\"unix:///home/me/.colima/default/"
                + "docker.sock\",\"SkipTLSVerify\":false}}}");
        current(docker(), "colima");
        assertEquals("unix:///home/me/.colima/default/docker.sock", locate(null, null, null).address());
    }

    @Test
    void dockerConfigMovesTheFolderOfConfigJsonAndContexts() throws Exception {
        Path elsewhere = home.resolve("elsewhere");
        env.put("DOCKER_CONFIG", elsewhere.toString());
        context(elsewhere, "other", "unix:///tmp/moved.sock");
        current(elsewhere, "other");
        current(docker(), "ignored");
        EngineLocation found = locate(null, null, null);
        assertEquals("unix:///tmp/moved.sock", found.address());
        assertEquals("docker context \"other\", current in " + elsewhere.resolve("config.json"), found.source());
    }

    @Test
    void withNothingSetTheDefaultSocketIsUsedAndOnWindowsThePipe() throws Exception {
        assertEquals(new EngineLocation("unix:///var/run/docker.sock", "the default socket", null), locate(null, null, null));
        assertEquals(new EngineLocation("npipe:////./pipe/docker_engine", "the default socket", null),
                EngineLocator.locate(null, null, null, env, home, true));
    }

    @Test
    void blankValuesCountAsNotSet() throws Exception {
        env.put("DOCKER_HOST", " ");
        env.put("DOCKER_CONTEXT", "");
        env.put("DOCKER_CONFIG", "  ");
        env.put("DOCKER_TLS_VERIFY", " ");
        assertEquals(new EngineLocation("unix:///var/run/docker.sock", "the default socket", null), locate(" ", "\t", " "));
    }

    @Test
    void theContextNamedDefaultIsNoContext() throws Exception {
        current(docker(), "default");
        assertEquals("the default socket", locate(null, null, null).source());
        env.put("DOCKER_CONTEXT", "default");
        current(docker(), "other");
        assertEquals(new EngineLocation("unix:///var/run/docker.sock", "the default socket", null), locate(null, null, null));
        assertEquals("the default socket", locate(null, "default", null).source());
    }

    @Test
    void theDefaultContextParameterLeavesDockerHostInCharge() throws Exception {
        env.put("DOCKER_HOST", "tcp://env:2376");
        assertEquals(new EngineLocation("tcp://env:2376", "DOCKER_HOST", "/certs"), locate(null, "default", "/certs"));
    }

    @Test
    void aMissingOrUnreadableConfigJsonMeansNoCurrentContext() throws Exception {
        assertEquals("the default socket", locate(null, null, null).source());
        Files.createDirectories(docker().resolve("config.json")); // a folder where the file should be: unreadable
        assertEquals("the default socket", locate(null, null, null).source());
    }

    @Test
    void aConfigJsonWithoutCurrentContextOrWithAnEmptyOneMeansTheDefaultSocket() throws Exception {
        write(docker().resolve("config.json"), "{\"auths\":{}}");
        assertEquals("the default socket", locate(null, null, null).source());
        current(docker(), "");
        assertEquals("the default socket", locate(null, null, null).source());
        write(docker().resolve("config.json"), "");
        assertEquals("the default socket", locate(null, null, null).source());
    }

    @Test
    void aConfigJsonThatIsNotJsonIsReportedByItsPath() throws Exception {
        write(docker().resolve("config.json"), "currentContext = other");
        assertContains(failure(null, null, null), docker().resolve("config.json") + " is not JSON", "currentContext");
    }

    @Test
    void anUnknownContextNamesTheFileLookedForAndHowToMakeIt() throws Exception {
        env.put("DOCKER_CONTEXT", "nosuch");
        assertContains(failure(null, null, null), "docker context \"nosuch\" from DOCKER_CONTEXT is not known",
                metaFile(docker(), "nosuch").toString(), "'docker context ls'", "'docker context create nosuch --docker host=...'");
    }

    @Test
    void aMetaJsonThatCannotBeParsedIsReportedByItsPath() throws Exception {
        write(metaFile(docker(), "other"), "{\"Name\":");
        assertContains(failure(null, "other", null), "docker context \"other\" from -Ddockerbox.dockerContext: cannot read "
                + metaFile(docker(), "other"), "'docker context inspect other'");
    }

    @Test
    void aMetaJsonWithoutADockerHostIsReportedByItsPath() throws Exception {
        write(metaFile(docker(), "other"), "{\"Name\":\"other\",\"Metadata\":{},\"Endpoints\":{}}");
        assertContains(failure(null, "other", null), metaFile(docker(), "other") + " has no Endpoints.docker.Host",
                "'docker context update other --docker host=...'");
    }

    @Test
    void aContextThatSkipsTlsVerificationIsRefused() throws Exception {
        write(metaFile(docker(), "other"), "{\"Name\":\"other\",\"Metadata\":{},\"Endpoints\":{\"docker\":"
                + "{\"Host\":\"tcp://remote:2376\",\"SkipTLSVerify\":true}}}");
        assertContains(failure(null, "other", null), metaFile(docker(), "other") + " sets SkipTLSVerify",
                "dockerbox does not skip TLS verification", "docker context update other");
    }

    @Test
    void aContextsTlsFolderIsUsedWhenItHoldsCertificates() throws Exception {
        context("remote", "tcp://remote:2376");
        context("plain", "tcp://plain:2375");
        Path tls = docker().resolve("contexts/tls/" + sha("remote") + "/docker");
        write(tls.resolve("ca.pem"), "ca");
        write(tls.resolve("cert.pem"), "cert");
        write(tls.resolve("key.pem"), "key");
        Files.createDirectories(docker().resolve("contexts/tls/" + sha("plain") + "/docker"));
        assertEquals(tls.toString(), locate(null, "remote", null).tlsFolder());
        assertNull(locate(null, "plain", null).tlsFolder());
    }

    @Test
    void aCertPathWithAContextIsRefusedHoweverTheContextWasChosen() throws Exception {
        context("other", "tcp://remote:2376");
        String tls = docker().resolve("contexts/tls/" + sha("other") + "/docker").toString();
        assertContains(failure(null, "other", "/certs"), "-Ddockerbox.certPath (/certs) goes with -Ddockerbox.dockerHost or"
                + " DOCKER_HOST, not with docker context \"other\" from -Ddockerbox.dockerContext", tls);
        env.put("DOCKER_CONTEXT", "other");
        assertContains(failure(null, null, "/certs"), "not with docker context \"other\" from DOCKER_CONTEXT");
        env.remove("DOCKER_CONTEXT");
        current(docker(), "other");
        assertContains(failure(null, null, "/certs"), "not with docker context \"other\", current in ");
    }

    @Test
    void aCertPathGoesWithTheHostParameterOrDockerHost() throws Exception {
        env.put("DOCKER_TLS_VERIFY", "1");
        env.put("DOCKER_CERT_PATH", "/env-certs");
        assertEquals("/certs", locate("tcp://a:2376", null, " /certs ").tlsFolder());
        env.put("DOCKER_HOST", "tcp://b:2376");
        assertEquals(new EngineLocation("tcp://b:2376", "DOCKER_HOST", "/certs"), locate(null, null, "/certs"));
    }

    @Test
    void aCertPathIsIgnoredForTheDefaultSocket() throws Exception {
        assertNull(locate(null, null, "/certs").tlsFolder());
    }

    @Test
    void dockerTlsVerifyTakesDockerCertPathOrElseTheConfigFolder() throws Exception {
        env.put("DOCKER_HOST", "tcp://b:2376");
        assertNull(locate(null, null, null).tlsFolder());
        env.put("DOCKER_TLS_VERIFY", "0"); // the CLI's test is "not empty", so even 0 means on
        assertEquals(docker().toString(), locate(null, null, null).tlsFolder());
        env.put("DOCKER_CERT_PATH", "/env-certs");
        assertEquals("/env-certs", locate(null, null, null).tlsFolder());
        assertEquals("/env-certs", locate("tcp://a:2376", null, null).tlsFolder());
    }

    @Test
    void dockerTlsVerifyDoesNotApplyToAContextOrTheDefaultSocket() throws Exception {
        env.put("DOCKER_TLS_VERIFY", "1");
        env.put("DOCKER_CERT_PATH", "/env-certs");
        context("other", "tcp://remote:2375");
        assertNull(locate(null, "other", null).tlsFolder());
        assertNull(locate(null, null, null).tlsFolder());
    }

    @Test
    void everyAcceptedFormOfAddressIsTaken() throws Exception {
        for (String address : List.of("unix:///var/run/docker.sock", "tcp://127.0.0.1:2376", "tcp://[::1]:2375",
                "tcp://docker.example.com:2376/", "ssh://build", "ssh://me@build:2222", "npipe:////./pipe/docker_engine")) {
            assertEquals(address, locate(address, null, null).address());
        }
    }

    @Test
    void anAddressOfAnotherFormIsRefusedNamingTheValueItsSourceAndTheAcceptedForms() {
        String accepted = "Accepted forms: unix:///path/to/docker.sock, tcp://host:port, ssh://user@host[:port],"
                + " npipe:////./pipe/NAME.";
        for (String address : List.of("http://127.0.0.1:2375", "127.0.0.1:2375", "fd://")) {
            assertContains(failure(address, null, null), "-Ddockerbox.dockerHost gives the engine address \"" + address
                    + "\", which dockerbox cannot use", accepted);
        }
        env.put("DOCKER_HOST", "http://x:2375");
        assertContains(failure(null, null, null), "DOCKER_HOST gives the engine address \"http://x:2375\"", accepted);
    }

    @Test
    void aTcpAddressNeedsAHostAndAPortAndAnSshAddressAHost() {
        for (String address : List.of("tcp://host", "tcp://host:", "tcp://:2375", "tcp://", "tcp://host:port")) {
            assertContains(failure(address, null, null), "\"" + address + "\"", "tcp:// needs a host and a port");
        }
        for (String address : List.of("ssh://", "ssh://me@", "ssh://me@:22")) {
            assertContains(failure(address, null, null), "\"" + address + "\"", "ssh:// needs a host");
        }
    }

    @Test
    void aContextWithAnUnusableAddressIsNamedInTheError() throws Exception {
        context("other", "http://remote:2375");
        assertContains(failure(null, "other", null), "docker context \"other\" from -Ddockerbox.dockerContext gives the engine"
                + " address \"http://remote:2375\"", "Accepted forms:");
    }
}
