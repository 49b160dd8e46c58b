package io.dockerbox.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.box.Labels;
import io.dockerbox.box.Lease;
import io.dockerbox.box.Owner;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.WaitConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.ContainerSpec;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.InMemoryEngine;
import io.dockerbox.log.RecordingOutput;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who owns a temporary container, and what goes when its build is over. */
class ReaperTest {
    private static final ProjectInfo PROJECT = new ProjectInfo("g", "site", "1", Path.of("."), Path.of("target"), Map.of());
    private static final String NETWORK = RunService.networkName(PROJECT);
    private static final Lease MINE = new Lease("mine", Owner.current("here"));

    private final InMemoryEngine engine = new InMemoryEngine();
    private final RecordingOutput out = new RecordingOutput();

    private static RunConfig run(String name, boolean persistent) {
        return new RunConfig(name, "acme/" + name, List.of(), List.of(), Map.of(), null, WaitConfig.none(), persistent, List.of(), 10);
    }

    private List<StartedContainer> start(boolean standalone, Lease lease, RunConfig... runs) throws Exception {
        for (RunConfig run : runs) {
            engine.addImage(run.box() + ":latest", Map.of());
        }
        RunService service = new RunService(engine, out);
        Cleanup cleanup = service.cleanup(PROJECT);
        try {
            return service.start(PROJECT, List.of(runs), "r1", standalone, Map.of(), cleanup, lease);
        } finally {
            cleanup.disarm();
        }
    }

    private String container(String name, Map<String, String> labels) throws EngineException {
        engine.ensureNetwork(NETWORK, Map.of());
        Map<String, String> all = new HashMap<>(labels);
        all.put(Labels.PROJECT, PROJECT.coordinates());
        String id = engine.createContainer(new ContainerSpec(name, "x", all, List.of(), null, List.of(), List.of(), List.of(), NETWORK,
                List.of(), false, null));
        engine.startContainer(id);
        return id;
    }

    private ContainerInfo info(String id) throws EngineException {
        return engine.inspectContainer(id).orElseThrow();
    }

    @Test
    void aTemporaryContainerCarriesTheLeaseAndAPersistentBoxNone() throws Exception {
        List<StartedContainer> started = start(false, MINE, run("web", false), run("db", true));
        ContainerInfo web = info(started.get(0).id());
        ContainerInfo db = info(started.get(1).id());
        assertEquals("mine", web.label(Labels.LEASE));
        assertEquals(MINE.owner().label(), web.label(Labels.OWNER));
        assertEquals("web-r1", web.name(), "a start in a build never hands its containers over: no rename");
        assertTrue(Lease.owned(web));
        assertEquals(null, db.label(Labels.LEASE));
        assertFalse(Lease.owned(db));
    }

    @Test
    void aStandaloneStartHandsItsContainerOverOnceItIsReady() throws Exception {
        ContainerInfo web = info(start(true, MINE, run("web", false)).get(0).id());
        List<String> calls = engine.calls();
        assertTrue(calls.contains("rename web-r1-starting web-r1"), calls::toString);
        assertEquals("web-r1", web.name());
        assertFalse(Lease.owned(web), "the user's now: no watcher and no later start removes it");
    }

    @Test
    void aStandaloneStartHandsItsContainersOverTogetherOnceTheLastIsReady() throws Exception {
        RunConfig api = new RunConfig("api", "acme/api", List.of(), List.of(), Map.of(), null, WaitConfig.none(), false, List.of("web"), 10);
        start(true, MINE, run("web", false), api);
        List<String> calls = engine.calls();
        int apiStarted = calls.indexOf("start api-r1-starting");
        assertTrue(apiStarted > 0 && calls.indexOf("rename web-r1-starting web-r1") > apiStarted,
                "web stays the start's own while api starts after it: " + calls);
        assertTrue(calls.indexOf("rename api-r1-starting api-r1") > apiStarted, calls::toString);
    }

    @Test
    void theEndOfABuildRemovesWhatItsLeaseStillOwnsAndNothingElse() throws Exception {
        String owned = container("web-r1", MINE.labels());
        Map<String, String> starting = new HashMap<>(MINE.labels());
        starting.put(Labels.STANDALONE, "true");
        String notReadyYet = container(Lease.startingName("api-r1"), starting);
        String handedOver = container("api-r2", starting);
        String otherBuild = container("web-r3", new Lease("theirs", Owner.current("here")).labels());
        String persistent = container("db", Map.of(Labels.PERSISTENT, "true"));

        assertEquals(2, new Reaper(engine, out).sweep("mine"));

        assertEquals(java.util.Set.of(handedOver, otherBuild, persistent), engine.containers());
        assertFalse(engine.containers().contains(owned) || engine.containers().contains(notReadyYet));
        assertTrue(engine.networks().contains(NETWORK), "still used by the others");
    }

    @Test
    void aContainerThatCannotBeRemovedKeepsNoneOfTheOthers() throws Exception {
        // kill -9 during stop: the engine is still removing one container when the watcher sweeps.
        String busy = container("web-r1", MINE.labels());
        container("api-r1", MINE.labels());
        container("db-r1", MINE.labels());
        engine.failRemoveOf("web-r1", new EngineException("removal of container web-r1 is already in progress"));

        EngineException e = assertThrows(EngineException.class, () -> new Reaper(engine, out).sweep("mine"));

        assertEquals("removal of container web-r1 is already in progress", e.getMessage());
        assertEquals(java.util.Set.of(busy), engine.containers());
    }

    @Test
    void theLastContainerOfTheProjectTakesTheNetworkWithIt() throws Exception {
        container("web-r1", MINE.labels());
        new Reaper(engine, out).sweep("mine");
        assertFalse(engine.networks().contains(NETWORK));
    }

    @Test
    void anOrphanIsAContainerOwnedByAMavenGoneFromThisHost() throws Exception {
        Owner gone = new Owner("here", ProcessHandle.current().pid(), 1);
        String orphan = container("web-r1", new Lease("dead", gone).labels());
        container("web-r2", MINE.labels());
        container("web-r3", new Lease("elsewhere", new Owner("there", 1, 1)).labels());
        Map<String, String> handedOver = new HashMap<>(new Lease("dead2", gone).labels());
        handedOver.put(Labels.STANDALONE, "true");
        container("web-r4", handedOver);

        List<Reaper.Orphan> orphans = new Reaper(engine, out).orphans(PROJECT, "here");

        assertEquals(List.of(orphan), orphans.stream().map(o -> o.container().id()).toList());
        assertTrue(orphans.get(0).describe().startsWith("web-r1 (" + orphan.substring(0, 12) + "), left by Maven pid "
                + ProcessHandle.current().pid() + " on here, which is gone"), orphans.get(0).describe());
    }

    @Test
    void statusNamesAnOrphanAndWhatWillRemoveIt() throws Exception {
        String orphan = container("web-old", new Lease("dead", new Owner("here", ProcessHandle.current().pid(), 1)).labels());
        container("web-far", new Lease("far", new Owner("there", 1, 1)).labels());

        new StatusService(engine, out).print(PROJECT, List.of(), "here");

        List<String> warnings = out.lines().stream().filter(l -> l.startsWith("WARN ")).toList();
        assertEquals(List.of("WARN orphan: web-old (" + orphan.substring(0, 12) + "), left by Maven pid " + ProcessHandle.current().pid()
                + " on here, which is gone; the next dockerbox:start of the project removes it"), warnings);
    }

    @Test
    void theEndOfABuildBeforeStopRemovesItsContainersWhileTheJvmGoesOn() throws Exception {
        engine.addImage("acme/web:latest", Map.of());
        RunService service = new RunService(engine, out);
        Cleanup cleanup = service.cleanup(PROJECT);
        service.start(PROJECT, List.of(run("web", false)), "r1", false, Map.of(), cleanup, MINE);

        cleanup.runAtBuildEnd();

        assertTrue(engine.containers().isEmpty());
        assertFalse(engine.networks().contains(NETWORK));
        assertTrue(out.lines().contains("WARN dockerbox: the build ended before dockerbox:stop; cleaning up 1 container(s)"), out.lines()::toString);
    }

    @Test
    void theEndOfTheBuildAndTheShutdownHookCleanUpOnceBetweenThem() throws Exception {
        // The first clean-up is held inside the engine's remove while the second one comes.
        java.util.concurrent.CountDownLatch removing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        InMemoryEngine slow = new InMemoryEngine() {
            private final java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean();

            @Override
            public void removeContainer(String id) throws EngineException {
                if (held.compareAndSet(false, true)) {
                    removing.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                super.removeContainer(id);
            }
        };
        slow.addImage("acme/web:latest", Map.of());
        RunService service = new RunService(slow, out);
        Cleanup cleanup = service.cleanup(PROJECT);
        service.start(PROJECT, List.of(run("web", false)), "r1", false, Map.of(), cleanup, MINE);

        // SIGTERM: the JVM runs the hook while the interrupted build ends.
        Thread first = new Thread(cleanup::runAtBuildEnd);
        first.start();
        removing.await();
        cleanup.runAtBuildEnd();
        release.countDown();
        first.join();

        assertEquals(1, out.lines().stream().filter(l -> l.contains("cleaning up")).count(), out.lines()::toString);
        assertEquals(1, slow.calls().stream().filter(c -> c.startsWith("remove web-")).count(), slow.calls()::toString);
    }

    @Test
    void aStartRemovesTheOrphansOfItsProjectFirstAndSaysSo() throws Exception {
        String orphan = container("web-old", new Lease("dead", new Owner("here", ProcessHandle.current().pid(), 1)).labels());
        String alive = container("web-live", new Lease("live", Owner.current("here")).labels());

        start(false, MINE, run("web", false));

        assertFalse(engine.containers().contains(orphan));
        assertTrue(engine.containers().contains(alive), "another build of the project that still runs keeps its container");
        assertTrue(out.lines().stream().anyMatch(l -> l.startsWith("removed web-old (") && l.contains("which is gone [")), out.lines()::toString);
        assertTrue(engine.calls().indexOf("remove web-old") < engine.calls().indexOf("start web-r1"), engine.calls()::toString);
    }
}
