package io.dockerbox.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.box.Lease;
import io.dockerbox.box.Owner;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.WaitConfig;
import io.dockerbox.engine.InMemoryEngine;
import io.dockerbox.log.RecordingOutput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A start that fails leaves nothing behind, and says why it failed. */
class FailedStartTest {
    private static final ProjectInfo PROJECT = new ProjectInfo("g", "site", "1", Path.of("."), Path.of("target"), Map.of());

    private final InMemoryEngine engine = new InMemoryEngine();
    private final RecordingOutput out = new RecordingOutput();

    private static RunConfig run(String name, String box, List<String> dependsOn) {
        return new RunConfig(name, box, List.of(), List.of(), Map.of(), null, WaitConfig.none(), false, dependsOn, 10);
    }

    @Test
    void theContainersStartedBeforeTheFailureGoWithTheNetwork() {
        engine.addImage("acme/db:latest", Map.of());
        RunService service = new RunService(engine, out);
        Cleanup cleanup = service.cleanup(PROJECT);

        RunException e = assertThrows(RunException.class, () -> service.start(PROJECT,
                List.of(run("db", "acme/db", List.of()), run("site", "acme/site", List.of("db"))), "r1", true, Map.of(), cleanup,
                new Lease("lease1", Owner.current("here"))));

        assertEquals("image acme/site:latest not found: run mvn dockerbox:build first", e.getMessage());
        // Never handed over: a standalone start hands its containers over only once all are ready.
        assertTrue(engine.calls().contains("remove db-r1-starting"), engine.calls()::toString);
        assertTrue(engine.calls().stream().noneMatch(c -> c.startsWith("rename")), engine.calls()::toString);
        assertTrue(engine.containers().isEmpty());
        assertFalse(engine.networks().contains(RunService.networkName(PROJECT)));
        assertTrue(cleanup.containers().isEmpty(), "the hook has nothing left to do");
    }
}
