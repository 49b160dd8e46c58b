package io.dockerbox.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.engine.InMemoryEngine;
import io.dockerbox.engine.RegistryAuth;
import io.dockerbox.engine.TransferFailedException;
import io.dockerbox.log.RecordingOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareServiceTest {
    private static final String BOX = "localhost:5000/acme/site";

    @TempDir
    Path dir;

    private final InMemoryEngine engine = new InMemoryEngine();
    private final RecordingOutput out = new RecordingOutput();
    private final List<String> log = out.lines();

    private ShareService share() {
        return new ShareService(engine, new Credentials(Credentials.ServerLookup.of(List.of()), dir), out, null);
    }

    private String version(int n) {
        String id = engine.addImage(BOX + ":" + n, Map.of("dockerbox.box", BOX, "dockerbox.version", String.valueOf(n)));
        return id;
    }

    @Test
    void pushSendsEveryVersionThenLatestOrOneVersion() throws Exception {
        version(1);
        String two = version(2);
        engine.tag(two, BOX, "latest");
        share().push(BOX, null);
        assertEquals(List.of(BOX + ":1", BOX + ":2", BOX + ":latest"), engine.pushes());
        engine.pushes().clear();
        share().push(BOX, 1);
        assertEquals(List.of(BOX + ":1"), engine.pushes());
    }

    @Test
    void pushOfWhatIsNotHereIsAClearError() {
        ShareException none = assertThrows(ShareException.class, () -> share().push(BOX, null));
        assertTrue(none.getMessage().startsWith("nothing to push: " + BOX + " has no image in the engine"), none.getMessage());
        version(1);
        ShareException missing = assertThrows(ShareException.class, () -> share().push(BOX, 4));
        assertTrue(missing.getMessage().contains("dockerbox.version: " + BOX + " has no version 4 in the engine at memory://; its versions here: [1]"),
                missing.getMessage());
        ShareException zero = assertThrows(ShareException.class, () -> share().push(BOX, 0));
        assertTrue(zero.getMessage().startsWith("dockerbox.version: '0' is not a version"), zero.getMessage());
    }

    @Test
    void aPulledLatestGetsItsNumberButNeverTakesALocalVersionsPlace() throws Exception {
        String two = version(2);
        engine.tag(two, BOX, "latest");
        share().push(BOX, null);
        engine.clearLocal();
        String local = engine.addImage(BOX + ":2", Map.of("dockerbox.box", BOX, "dockerbox.version", "2"));
        share().pull(BOX, null);
        assertEquals(two, engine.inspectImage(BOX + ":latest").orElseThrow().id());
        assertEquals(local, engine.inspectImage(BOX + ":2").orElseThrow().id(), "the local version 2 stays");
        assertTrue(log.stream().anyMatch(l -> l.startsWith("WARN " + BOX + ": the registry's latest is version 2")), log.toString());

        engine.clearLocal();
        share().pull(BOX, null);
        assertEquals(two, engine.inspectImage(BOX + ":2").orElseThrow().id(), "on a clean engine latest brings its number");
    }

    @Test
    void aVersionThatIsHereIsNotPulledAgain() throws Exception {
        version(1);
        share().pull(BOX, 1);
        assertTrue(engine.pulls().isEmpty());
        assertTrue(log.get(0).contains("is already here"), log.toString());
    }

    @Test
    void failuresAreExplainedWithTheRegistryAndTheFix() {
        RegistryAuth anonymous = RegistryAuth.anonymous("r:5000");
        RegistryAuth user = new RegistryAuth("r:5000", "ann", "pw", null, "settings.xml <server> r:5000");
        assertTrue(explain("pull", anonymous, "Get https://r:5000/v2/: no basic auth credentials")
                .contains("the registry wants credentials: add a <server> with <id>r:5000</id> to settings.xml, or run docker login r:5000"));
        assertTrue(explain("push", user, "unauthorized: authentication required")
                .contains("the registry refused the credentials of user ann from settings.xml <server> r:5000"));
        assertTrue(explain("pull", user, "dial tcp: lookup r on 1.1.1.1:53: no such host").contains("the registry host r:5000 is not known"));
        assertTrue(explain("pull", user, "dial tcp 127.0.0.1:5000: connect: connection refused").contains("nothing answers at r:5000"));
        assertTrue(explain("pull", user, "x509: certificate signed by unknown authority").contains("/etc/docker/certs.d/r:5000/ca.crt"));
        String missing = explain("pull", user, "manifest for r:5000/a:9 not found: manifest unknown");
        assertTrue(missing.startsWith("pull of r:5000/a:9 from r:5000 failed: manifest for"), missing);
        assertTrue(missing.contains("the registry has no r:5000/a:9; push it first"), missing);
        assertTrue(missing.endsWith("Nothing was tagged."), missing);
        assertTrue(explain("push", user, "something else").endsWith("Nothing changed in the engine."));
    }

    private static String explain(String verb, RegistryAuth auth, String reason) {
        return ShareService.explain(verb, "r:5000/a:9", "r:5000", auth, new TransferFailedException("x", reason, null));
    }
}
