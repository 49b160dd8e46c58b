package io.dockerbox.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.box.Labels;
import io.dockerbox.box.Lease;
import io.dockerbox.box.Owner;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.engine.ContainerSpec;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.InMemoryEngine;
import io.dockerbox.log.RecordingOutput;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StopServiceTest {
    private static final ProjectInfo PROJECT = new ProjectInfo("g", "site", "1", Path.of("."), Path.of("target"), Map.of());
    private static final String NETWORK = RunService.networkName(PROJECT);

    private final InMemoryEngine engine = new InMemoryEngine();
    private final RecordingOutput out = new RecordingOutput();

    private String container(String name, boolean onNetwork) throws EngineException {
        engine.ensureNetwork(NETWORK, Map.of());
        String id = engine.createContainer(new ContainerSpec(name, "site:latest", Map.of(Labels.PROJECT, PROJECT.coordinates()),
                List.of(), null, List.of(), List.of(), List.of(), onNetwork ? NETWORK : null, List.of(), false, null));
        engine.startContainer(id);
        return id;
    }

    @Test
    void stopOnItsOwnLeavesAKeptShellRunning() throws EngineException {
        // A persistent box and a kept shell (persistent too) of the project, both running.
        String box = engine.createContainer(new ContainerSpec("db", "site:latest", Map.of(Labels.PROJECT, PROJECT.coordinates(),
                Labels.PERSISTENT, "true"), List.of(), null, List.of(), List.of(), List.of(), null, List.of(), false, null));
        String shell = engine.createContainer(new ContainerSpec("site-shell-1", "site:latest", Map.of(Labels.PROJECT, PROJECT.coordinates(),
                Labels.PERSISTENT, "true", Labels.KIND, "shell"), List.of(), null, List.of(), List.of(), List.of(), null, List.of(), true, null));
        engine.startContainer(box);
        engine.startContainer(shell);

        assertEquals(Map.of(box, true), new StopService(engine, out).leftRunning(PROJECT, "here"));
    }

    private String standalone(String name, Owner owner) throws EngineException {
        Map<String, String> labels = new java.util.HashMap<>(new Lease("l-" + name, owner).labels());
        labels.put(Labels.PROJECT, PROJECT.coordinates());
        labels.put(Labels.STANDALONE, "true");
        String id = engine.createContainer(new ContainerSpec(name, "site:latest", labels, List.of(), null, List.of(), List.of(), List.of(),
                null, List.of(), false, null));
        engine.startContainer(id);
        return id;
    }

    @Test
    void stopOnItsOwnLeavesAloneWhatAStartInAnotherTerminalIsStillBringingUp() throws EngineException {
        String handedOver = standalone("web", Owner.current("here"));
        String starting = standalone("db" + Lease.STARTING, Owner.current("here"));
        String leftHalfWay = standalone("cache" + Lease.STARTING, new Owner("here", ProcessHandle.current().pid(), 1));
        String otherMachine = standalone("queue" + Lease.STARTING, new Owner("elsewhere", 1, 1));

        assertEquals(Map.of(handedOver, false, leftHalfWay, false), new StopService(engine, out).leftRunning(PROJECT, "here"));
        assertTrue(out.lines().contains("db-starting: a start that has not finished is bringing it up (Maven pid " + ProcessHandle.current().pid()
                + " on here), so it is left alone; run stop again once that start is done"), out.lines()::toString);
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith("queue-starting: a start that has not finished")), out.lines()::toString);
        assertTrue(engine.containers().containsAll(List.of(starting, otherMachine)));
    }

    @Test
    void theLastContainersLeaveTheNetworkFirstSoItGoesWhileTheyAreRemoved() throws EngineException {
        Map<String, Boolean> started = new LinkedHashMap<>();
        started.put(container("web-1", true), false);
        started.put(container("db-1", true), false);

        new StopService(engine, out).stop(PROJECT, started);

        assertTrue(engine.containers().isEmpty());
        assertFalse(engine.networks().contains(NETWORK));
        List<String> calls = engine.calls();
        int lastDisconnect = Math.max(calls.indexOf("disconnect " + NETWORK + " web-1"), calls.indexOf("disconnect " + NETWORK + " db-1"));
        assertTrue(calls.indexOf("disconnect " + NETWORK + " web-1") > 0 && calls.indexOf("disconnect " + NETWORK + " db-1") > 0, calls::toString);
        assertTrue(lastDisconnect < calls.indexOf("remove network " + NETWORK), calls::toString);
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith("web-1: removed [")), out.lines()::toString);
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith("db-1: removed [")), out.lines()::toString);
    }

    @Test
    void aStoppedPersistentBoxKeepsTheNetworkItStartsAgainOn() throws EngineException {
        Map<String, Boolean> started = new LinkedHashMap<>();
        String temporary = container("web-1", true);
        String persistent = container("db", true);
        started.put(temporary, false);
        started.put(persistent, true);

        new StopService(engine, out).stop(PROJECT, started);

        assertEquals(Set.of(persistent), engine.containers());
        assertFalse(engine.inspectContainer(persistent).orElseThrow().running());
        assertTrue(engine.networks().contains(NETWORK));
        assertTrue(engine.calls().stream().noneMatch(c -> c.startsWith("disconnect")), engine.calls()::toString);
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith("db: stopped and kept (persistent) [")), out.lines()::toString);
    }

    @Test
    void anotherBuildsContainerOnTheNetworkIsNotTouched() throws EngineException {
        String mine = container("web-1", true);
        String theirs = container("web-2", true);

        new StopService(engine, out).stop(PROJECT, Map.of(mine, false));

        assertEquals(Set.of(theirs), engine.containers());
        assertTrue(engine.networks().contains(NETWORK));
        assertTrue(engine.calls().stream().noneMatch(c -> c.startsWith("disconnect")), engine.calls()::toString);
    }

    @Test
    void stopTakesTheContainersOfThisBuildsStartAndThenDisarmsItsHook() throws EngineException {
        Cleanup cleanup = new RunService(engine, out).cleanup(PROJECT);
        cleanup.containers().put(container("web-1", true), false);

        new StopService(engine, out).stop(PROJECT, cleanup);

        assertTrue(engine.containers().isEmpty());
        assertTrue(cleanup.containers().isEmpty(), "the hook has nothing left to do");
        new StopService(engine, out).stop(PROJECT, cleanup);
        assertEquals("nothing to stop: no running box of g:site", out.lines().get(out.lines().size() - 1));
    }

    @Test
    void nothingStartedStillTakesTheNetworkAway() throws EngineException {
        // A start that failed before its first container: the network it made goes.
        engine.ensureNetwork(NETWORK, Map.of());

        new StopService(engine, out).stop(PROJECT, Map.of());

        assertFalse(engine.networks().contains(NETWORK));
    }

    @Test
    void whenTheEngineRefusesToDisconnectTheNetworkStillGoesAfterTheContainers() throws EngineException {
        // Not attached, so the disconnect is refused: the network is removed the slow way, after the containers.
        String id = container("web-1", false);

        new StopService(engine, out).stop(PROJECT, Map.of(id, false));

        assertTrue(engine.containers().isEmpty());
        assertFalse(engine.networks().contains(NETWORK));
        List<String> calls = engine.calls();
        assertTrue(calls.indexOf("remove web-1") < calls.indexOf("remove network " + NETWORK), calls::toString);
    }
}
