package io.dockerbox.services;

import io.dockerbox.DockerboxException;
import io.dockerbox.box.Lease;
import io.dockerbox.box.Owner;
import io.dockerbox.log.Output;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A Maven build that made temporary containers: its lease and the watcher process that ends it
 * when Maven dies. The goals keep one per build; {@link #end} is the end of the build.
 */
public final class LeasedBuild {
    private final Lease lease;
    private final Watcher watcher;
    private final List<Runnable> atEnd = new ArrayList<>();

    private final Services services;

    private LeasedBuild(Lease lease, Watcher watcher, Services services) {
        this.lease = lease;
        this.watcher = watcher;
        this.services = services;
    }

    /**
     * A new lease, owned by this JVM on the machine named {@code host}, with its watcher; where no
     * watcher can be started, says so: the next start of the project then removes what is left.
     */
    static LeasedBuild begin(Services services, String host, Path log, Output out) {
        Lease lease = new Lease(UUID.randomUUID().toString().substring(0, 12), Owner.current(host));
        Watcher watcher = null;
        try {
            watcher = services.watcher(lease.id(), log);
            out.debug("watcher of lease " + lease.id() + ": pid " + watcher.pid() + ", log " + log);
        } catch (DockerboxException e) {
            out.warn("dockerbox: " + e.getMessage() + "; if Maven is killed (kill -9) before it cleans up, its temporary"
                    + " containers stay until the next dockerbox:start of the project removes them");
        }
        return new LeasedBuild(lease, watcher, services);
    }

    public Lease lease() {
        return lease;
    }

    /** Runs when the build ends, before the watcher is let go. */
    public synchronized void atEnd(Runnable action) {
        atEnd.add(action);
    }

    /** The build is over: what it left is removed, here and then by the watcher, which ends. */
    public void end() {
        List<Runnable> actions;
        synchronized (this) {
            actions = List.copyOf(atEnd);
            atEnd.clear();
        }
        actions.forEach(Runnable::run);
        if (watcher == null) {
            return;
        }
        if (nothingOwned()) {
            watcher.nothingLeft();
        } else {
            watcher.close();
        }
    }

    /** Whether the engine has no container that this build's lease still owns; when it cannot tell, no. */
    private boolean nothingOwned() {
        try {
            return services.leaseOwnsNothing(lease.id());
        } catch (DockerboxException | RuntimeException e) {
            return false;
        }
    }
}
