package io.dockerbox.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PropertyValuesTest {

    private interface Check {
        Object apply(String value) throws ConfigException;
    }

    private static String rejected(Executable check) {
        return assertThrows(ConfigException.class, check).getMessage();
    }

    /** Each value fails with a message that starts as {@code start}, its %s the value. */
    private static void rejectsEach(Check check, List<String> values, String start) {
        for (String value : values) {
            String message = rejected(() -> check.apply(value));
            assertTrue(message.startsWith(start.formatted(value)), message);
        }
    }

    @Test
    void aVersionForPushPullAndRevertIsAWholeNumberFromOne() throws ConfigException {
        assertEquals(3, PropertyValues.version("3"));
        assertEquals(12, PropertyValues.version(" 12 "));
        assertNull(PropertyValues.version(null));
        assertNull(PropertyValues.version(" "), "-Ddockerbox.version= counts as not given");
    }

    @Test
    void aTagThatIsNotAVersionNamesThePropertyTheValueAndTheVersions() {
        rejectsEach(PropertyValues::version, List.of("abc", "0", "-1", "1.5", "latest", "99999999999"),
                "dockerbox.version: '%s' is not a version; versions are 1, 2, 3 ... (mvn dockerbox:snapshots lists them)");
    }

    @Test
    void theShellAlsoTakesLatest() throws ConfigException {
        assertNull(PropertyValues.versionOrLatest(null));
        assertNull(PropertyValues.versionOrLatest("latest"));
        assertEquals(2, PropertyValues.versionOrLatest("2"));
        rejectsEach(PropertyValues::versionOrLatest, List.of("abc", "0", "-1", "v2"),
                "dockerbox.version: '%s' is not a version; use latest (the default) or a version number");
    }

    @Test
    void aForkMustBeARepositoryName() throws ConfigException {
        assertEquals("acme/site-experiment", PropertyValues.fork(" acme/site-experiment "));
        assertNull(PropertyValues.fork(""));
        rejectsEach(PropertyValues::fork, List.of("Acme/Site", "acme site", "acme/site:2", "-x"),
                "dockerbox.fork: '%s' is not a valid image repository name: use lower-case letters");
    }

    @Test
    void aContainerMustBeANameOrId() throws ConfigException {
        assertEquals("site-shell-1a2b3c4d", PropertyValues.container("site-shell-1a2b3c4d"));
        assertNull(PropertyValues.container(null));
        rejectsEach(PropertyValues::container, List.of("my box", "-x", "a/b"), "dockerbox.container: '%s' is not a container name or id");
    }

    @Test
    void execNeedsACommandAndABlankOneIsNone() throws ConfigException {
        assertEquals("ls -l", PropertyValues.requiredCommand("exec", "ls -l"));
        for (String none : new String[] {null, "", "  "}) {
            String message = rejected(() -> PropertyValues.requiredCommand("exec", none));
            assertTrue(message.startsWith("dockerbox:exec needs a command: -Ddockerbox.command=\"...\""), message);
        }
    }

    @Test
    void anUnknownPullPolicyNamesTheAcceptedOnes() throws ConfigException {
        assertEquals(PullPolicy.ALWAYS, PullPolicy.parse("Always", false));
        assertEquals(PullPolicy.MISSING, PullPolicy.parse(" ", false));
        assertEquals(PullPolicy.NEVER, PullPolicy.parse("always", true), "offline means never");
        rejectsEach(value -> PullPolicy.parse(value, false), List.of("sometimes", "true", "if-missing"),
                "dockerbox.pull: '%s' is not a pull policy; use always, missing (the default) or never");
    }

    @Test
    void aSwitchIsTrueOrFalseAndNothingElse() throws ConfigException {
        assertTrue(PropertyValues.flag("dockerbox.persistent", "true"));
        assertTrue(PropertyValues.flag("dockerbox.persistent", "TRUE"));
        assertTrue(PropertyValues.flag("dockerbox.persistent", ""), "-Ddockerbox.persistent= counts as given");
        assertEquals(false, PropertyValues.flag("dockerbox.persistent", "false"));
        assertEquals(false, PropertyValues.flag("dockerbox.persistent", null));
        rejectsEach(v -> PropertyValues.flag("dockerbox.persistent", v), List.of("yes", "1", "on", "ture"),
                "dockerbox.persistent: '%s' is neither true nor false; -Ddockerbox.persistent alone means true");
    }

    @Test
    void anEngineAddressGivenAsDockerboxHostNamesTheRightProperty() throws ConfigException {
        assertNull(PropertyValues.publishHost(null));
        assertEquals("build-host.example.com", PropertyValues.publishHost("build-host.example.com"));
        assertEquals("192.0.2.10", PropertyValues.publishHost("192.0.2.10"));
        rejectsEach(PropertyValues::publishHost, List.of("tcp://build-host:2376", "unix:///var/run/docker.sock",
                        "ssh://me@build-host", "npipe:////./pipe/docker_engine", "http://localhost:2375", "https://h:2376",
                        "TCP://h:2376"),
                "-Ddockerbox.host=%s looks like an engine address; dockerbox.host is where dockerbox publishes ports (it sets"
                        + " it); the engine is -Ddockerbox.dockerHost");
    }

    @Test
    void theOwnerHostIsTheGivenNameElseThisMachinesName() throws ConfigException {
        assertEquals("ci-runner-3", PropertyValues.ownerHost(" ci-runner-3 "));
        String local = PropertyValues.ownerHost(null);
        assertFalse(local.isBlank() || local.contains("/"), local);
        assertEquals(local, PropertyValues.ownerHost("  "));
        rejectsEach(PropertyValues::ownerHost, List.of("ci/runner", "two words"),
                "-Ddockerbox.ownerHost=%s: a machine name cannot contain '/' or spaces; give this machine's name, e.g. ci-runner-3");
    }
}
