package io.dockerbox.run;

import io.dockerbox.engine.EmergencyCleanup;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Output;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Removes the containers a build started when the build never reaches stop: it failed (run at the
 * end of the build, {@link #runAtBuildEnd}), or Maven was interrupted (Ctrl-C, SIGTERM: a JVM
 * shutdown hook). Disarmed by stop. The hook runs after Maven closed the plugin's class realm, so it
 * only uses classes loaded when it was armed (see EmergencyCleanup). kill -9 is the build's
 * watcher's (see {@code box.Lease}).
 */
public final class Cleanup {
    private final Map<String, Boolean> containers = new ConcurrentHashMap<>();
    private final Thread hook;
    private final Engine engine;
    private final String network;
    private final Output out;
    private volatile boolean ranAtShutdown;
    private volatile Runnable first = () -> {};
    private volatile String reason = "the build ended before dockerbox:stop";
    private final AtomicBoolean done = new AtomicBoolean();
    private final CountDownLatch hookDone = new CountDownLatch(1);

    public Cleanup(Engine engine, String network, Output out) {
        this.engine = engine;
        this.network = network;
        this.out = out;
        this.hook = new Thread(() -> {
            ranAtShutdown = true;
            try {
                first.run();
                removeAll();
            } finally {
                hookDone.countDown();
            }
        }, "dockerbox-cleanup");
    }

    /** Container id to whether it is persistent; start adds to it as soon as a container exists. */
    public Map<String, Boolean> containers() {
        return containers;
    }

    /**
     * What the shutdown hook does before it removes anything, and why it removes: watch stops its loop
     * there and waits for it, so that no container is made after the hook looked (Ctrl-C mid-rebuild).
     */
    public void atShutdown(Runnable before, String why) {
        first = before;
        reason = why;
    }

    public void arm() {
        EmergencyCleanup.prepare();
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Stop took over: the hook has nothing left to do. */
    public void disarm() {
        containers.clear();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook finds nothing to clean.
        }
    }

    /**
     * Called by a goal that the hook itself ended (watch): waits, bounded, until the hook has removed
     * what it holds. Otherwise the goal returns, Maven ends the build and closes the plugin's class
     * realm while the hook still needs classes (a TLS engine's new connection): the hook then fails
     * and the containers stay (found on a TLS engine: the IT remote-tls).
     */
    public void awaitHook(long seconds) {
        if (!ranAtShutdown) {
            return;
        }
        try {
            hookDone.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the JVM is ending (Ctrl-C, SIGTERM) and the hook has taken the containers away. */
    public boolean ranAtShutdown() {
        return ranAtShutdown;
    }

    /**
     * The build ended before stop (a later goal failed) while the JVM goes on, as under mvnd or an
     * embedded Maven: the end of the build is the end of its containers, so the hook's work is done now.
     */
    public void runAtBuildEnd() {
        removeAll();
        disarm();
    }

    private void removeAll() {
        // SIGTERM runs the hook while the interrupted build ends and runs runAtBuildEnd: once is enough.
        if (containers.isEmpty() || !done.compareAndSet(false, true)) {
            return;
        }
        out.warn("dockerbox: " + reason + "; cleaning up " + containers.size() + " container(s)");
        for (Map.Entry<String, Boolean> c : containers.entrySet()) {
            try {
                if (c.getValue()) {
                    // No timeout given: the engine uses the container's own, its <stopTimeout> set at create.
                    engine.stopContainer(c.getKey(), -1);
                } else {
                    engine.removeContainer(c.getKey());
                }
            } catch (EngineException | RuntimeException | LinkageError e) {
                // LinkageError: a class the hook needed was not loaded before Maven closed the plugin's realm.
                out.warn("dockerbox: could not " + (c.getValue() ? "stop" : "remove") + " container " + c.getKey()
                        + " (" + (e instanceof LinkageError ? e.toString() : e.getMessage()) + "); remove it with: docker rm -f " + c.getKey());
            }
        }
        try {
            engine.removeNetworkIfUnused(network);
        } catch (EngineException | RuntimeException e) {
            // A network still in use, or an engine gone: nothing more to do at shutdown.
        }
    }
}
