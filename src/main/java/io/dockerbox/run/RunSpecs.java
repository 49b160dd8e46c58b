package io.dockerbox.run;

import io.dockerbox.box.Labels;
import io.dockerbox.box.Lease;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.VolumeMount;
import io.dockerbox.engine.ContainerSpec;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The container a run asks for: its name, labels (who owns it), environment, ports, volumes and
 * network. A missing host folder of a volume is made, as {@code docker run -v} does.
 */
final class RunSpecs {
    private final Engine engine;
    private final Output out;

    RunSpecs(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    ContainerSpec spec(ProjectInfo project, RunConfig run, String image, String name, String runId, boolean standalone,
            Map<String, String> values, Lease lease) throws RunException, EngineException {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Labels.PROJECT, project.coordinates());
        labels.put(Labels.RUN, runId);
        labels.put(Labels.BOX, run.box());
        labels.put(Labels.PERSISTENT, String.valueOf(run.persistent()));
        labels.put(Labels.STOP_TIMEOUT, String.valueOf(run.stopTimeoutSeconds()));
        labels.put(Labels.STANDALONE, String.valueOf(standalone));
        if (!run.persistent()) {
            labels.putAll(lease.labels());
        }
        List<String> env = new ArrayList<>();
        run.env().forEach((k, v) -> env.add(k + "=" + Expressions.substitute(v, values)));
        List<ContainerSpec.PublishedPort> ports = run.ports().stream()
                .map(p -> new ContainerSpec.PublishedPort(p.hostIp(), p.hostPort(), p.containerPort(), p.protocol()))
                .toList();
        List<String> binds = new ArrayList<>();
        List<String> volumesFrom = new ArrayList<>();
        for (VolumeMount volume : run.volumes()) {
            switch (volume.kind()) {
                case HOST_FOLDER -> {
                    createMissingFolder(run, volume);
                    binds.add(volume.bind());
                }
                case NAMED_VOLUME -> binds.add(volume.bind());
                case FROM_CONTAINER -> {
                    if (engine.inspectContainer(volume.source()).isEmpty()) {
                        throw new RunException("<run> '" + run.name() + "': <volume> '" + volume.spec() + "': there is no container named "
                                + volume.source() + "; start it first (list it in <dependsOn>) or fix the name");
                    }
                    volumesFrom.add(volume.source());
                }
            }
        }
        List<String> command = run.command() == null ? null : List.of("/bin/sh", "-c", Expressions.substitute(run.command(), values));
        String created = standalone && !run.persistent() ? Lease.startingName(name) : name;
        return new ContainerSpec(created, image, labels, env, command, ports, binds, volumesFrom, RunService.networkName(project), List.of(run.alias()),
                false, run.stopTimeoutSeconds());
    }

    private void createMissingFolder(RunConfig run, VolumeMount volume) throws RunException {
        Path folder = Path.of(volume.source());
        if (Files.isDirectory(folder) || Files.exists(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            out.info(run.name() + ": created the missing host folder " + folder + " for <volume> '" + volume.spec() + "'");
        } catch (IOException e) {
            throw new RunException("<run> '" + run.name() + "': <volume> '" + volume.spec() + "': the host folder " + folder
                    + " does not exist and could not be created: " + e.getMessage(), e);
        }
    }
}
