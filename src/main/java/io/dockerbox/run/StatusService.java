package io.dockerbox.run;

import io.dockerbox.box.Labels;
import io.dockerbox.box.Versions;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.ContainerStats;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageInfo;
import io.dockerbox.log.Output;
import io.dockerbox.log.Table;
import io.dockerbox.log.Units;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The project at a glance: its containers (state, uptime, ports, CPU, memory) and its boxes
 * (versions, latest, size). A container that burns CPU is flagged, so a spinning process shows.
 */
public final class StatusService {
    /**
     * Half a core: an idle service sits near 0 %, and a process that spins is still well above this
     * when other work on the machine takes part of its core (a busy loop measured 60 % on a loaded CI).
     */
    static final double BUSY_CPU_PERCENT = 50.0;

    private final Engine engine;
    private final Output out;

    public StatusService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    /** The CPU column: the share of one core, marked BUSY from {@link #BUSY_CPU_PERCENT} on; "-" without a sample. */
    static String cpuCell(Optional<ContainerStats> stats) {
        return stats.map(s -> String.format(Locale.ROOT, "%.1f", s.cpuPercent()) + (s.cpuPercent() >= BUSY_CPU_PERCENT ? " BUSY" : ""))
                .orElse("-");
    }

    /** @param thisHost this machine's name in owner labels, to tell which containers' Maven is gone */
    public void print(ProjectInfo project, List<String> boxes, String thisHost) throws EngineException {
        List<ContainerInfo> containers = new ArrayList<>(engine.listContainers(Map.of(Labels.PROJECT, project.coordinates())));
        containers.sort(Comparator.comparing(ContainerInfo::name));
        out.info("containers of " + project.coordinates() + ":");
        if (containers.isEmpty()) {
            out.info("  (none)");
        }
        Table rows = new Table("NAME", "IMAGE", "STATE", "UP", "PORTS", "CPU %", "MEMORY");
        for (ContainerInfo c : containers) {
            Optional<ContainerStats> stats = c.running() ? engine.stats(c.id()) : Optional.empty();
            String cpu = cpuCell(stats);
            String memory = stats.map(s -> Units.megabytes(s.memoryBytes())).orElse("-");
            String box = c.label(Labels.BOX) != null ? c.label(Labels.BOX) : c.image();
            String version = c.label(Labels.VERSION) == null ? "" : ":" + c.label(Labels.VERSION);
            rows.add(c.name(), box + version, c.running() ? "running" : c.describeState(), uptime(c), ports(c), cpu, memory);
        }
        if (!containers.isEmpty()) {
            rows.lines().forEach(out::info);
        }
        for (Reaper.Orphan orphan : new Reaper(engine, out).orphans(project, thisHost)) {
            out.warn("orphan: " + orphan.describe() + "; the next dockerbox:start of the project removes it");
        }
        out.info("boxes:");
        Table boxRows = new Table("BOX", "VERSIONS", "LATEST", "SIZE");
        for (String box : boxes) {
            TreeMap<Integer, ImageInfo> versions = Versions.byNumber(engine, box);
            Optional<ImageInfo> latest = engine.inspectImage(box + ":latest");
            String latestVersion = latest.map(l -> l.label(Labels.VERSION)).orElse("-");
            boxRows.add(box, versions.isEmpty() ? "(none built)" : versions.keySet().toString(),
                    latest.isPresent() ? latestVersion : "-", latest.map(l -> Units.megabytes(l.size())).orElse("-"));
        }
        boxRows.lines().forEach(out::info);
    }

    private static String ports(ContainerInfo c) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(c.ports()).forEach((container, host) -> parts.add(host + "->" + container));
        return parts.isEmpty() ? "-" : String.join(",", parts);
    }

    private static String uptime(ContainerInfo c) {
        if (!c.running() || c.startedAt() == null) {
            return "-";
        }
        try {
            Duration up = Duration.between(Instant.parse(c.startedAt()), Instant.now());
            return up.toHours() > 0 ? up.toHours() + "h" + up.toMinutesPart() + "m" : up.toMinutes() + "m" + up.toSecondsPart() + "s";
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
