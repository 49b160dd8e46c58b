package io.dockerbox.run;

import io.dockerbox.box.Labels;
import io.dockerbox.box.Lease;
import io.dockerbox.box.Owner;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes temporary containers whose Maven build is over: all that a lease still owns when its build
 * ends ({@link #sweep}), and, found by the next start or shown by status, those whose Maven process
 * is gone from this host ({@link #orphans}). Never a persistent box, a kept shell, a box handed to the
 * user, or a container of a build that may still run, on this machine or another.
 */
public final class Reaper {
    private final Engine engine;
    private final Output out;

    public Reaper(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    /** A container left by a Maven that is gone, with who that was. */
    public record Orphan(ContainerInfo container, Owner owner) {
        public String describe() {
            return container.name() + " (" + container.id().substring(0, Math.min(12, container.id().length())) + "), left by Maven pid "
                    + owner.pid() + " on " + owner.host() + ", which is gone";
        }
    }

    /** The build of {@code leaseId} is over: removes what it still owns; says how many containers went. */
    public int sweep(String leaseId) throws EngineException {
        List<ContainerInfo> owned = owned(leaseId);
        remove(owned);
        return owned.size();
    }

    /** The containers that the lease still owns (not handed over). */
    public List<ContainerInfo> owned(String leaseId) throws EngineException {
        return engine.listContainers(Map.of(Labels.LEASE, leaseId)).stream().filter(Lease::owned).toList();
    }

    /** The project's temporary containers whose Maven is gone from this host and never handed them over. */
    public List<Orphan> orphans(ProjectInfo project, String thisHost) throws EngineException {
        List<Orphan> found = new ArrayList<>();
        for (ContainerInfo c : engine.listContainers(Map.of(Labels.PROJECT, project.coordinates()))) {
            Lease.owner(c).filter(o -> o.liveness(thisHost) == Owner.Liveness.GONE).ifPresent(o -> found.add(new Orphan(c, o)));
        }
        return found;
    }

    /** Removes the project's orphans, a line each, before a start puts new containers beside them. */
    public void removeOrphans(ProjectInfo project, String thisHost) throws EngineException {
        for (Orphan orphan : orphans(project, thisHost)) {
            long begin = System.nanoTime();
            remove(List.of(orphan.container()));
            out.info("removed " + orphan.describe() + " [" + Units.secondsSince(begin) + "]");
        }
    }

    /**
     * Removes the containers, then each of their project networks that nothing uses any more. One
     * that cannot be removed (the engine already removing it, say) keeps none of the others: its
     * failure is thrown once the rest are gone.
     */
    private void remove(List<ContainerInfo> containers) throws EngineException {
        Set<String> networks = new TreeSet<>();
        EngineException first = null;
        for (ContainerInfo c : containers) {
            try {
                engine.removeContainer(c.id());
            } catch (EngineException e) {
                first = first == null ? e : first;
                continue;
            }
            String project = c.label(Labels.PROJECT);
            if (project != null && project.contains(":")) {
                networks.add(RunService.networkName(project.substring(project.indexOf(':') + 1)));
            }
        }
        for (String network : networks) {
            engine.removeNetworkIfUnused(network);
        }
        if (first != null) {
            throw first;
        }
    }
}
