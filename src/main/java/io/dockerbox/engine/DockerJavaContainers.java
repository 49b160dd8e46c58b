package io.dockerbox.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.VolumesFrom;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The container, log, stats and network calls of {@link DockerJavaEngine}, kept apart for size. */
final class DockerJavaContainers {
    private final DockerClient client;

    DockerJavaContainers(DockerClient client) {
        this.client = client;
    }

    String create(ContainerSpec spec) {
        List<ExposedPort> exposed = new ArrayList<>();
        Ports bindings = new Ports();
        for (ContainerSpec.PublishedPort port : spec.ports()) {
            ExposedPort exposedPort = new ExposedPort(port.containerPort(), InternetProtocol.parse(port.protocol()));
            exposed.add(exposedPort);
            String ip = port.hostIp() == null ? "" : port.hostIp();
            bindings.bind(exposedPort, port.hostPort() == null
                    ? Ports.Binding.bindIp(ip)
                    : Ports.Binding.bindIpAndPort(ip, port.hostPort()));
        }
        HostConfig host = HostConfig.newHostConfig()
                .withPortBindings(bindings)
                .withBinds(spec.binds().stream().map(Bind::parse).toList())
                .withVolumesFrom(spec.volumesFrom().stream().map(VolumesFrom::new).toList());
        if (spec.network() != null) {
            host.withNetworkMode(spec.network());
        }
        CreateContainerCmd cmd = client.createContainerCmd(spec.image())
                .withLabels(spec.labels())
                .withEnv(spec.env())
                .withExposedPorts(exposed)
                .withHostConfig(host);
        if (spec.name() != null) {
            cmd.withName(spec.name());
        }
        if (spec.stopTimeoutSeconds() != null) {
            // The engine's own default for this container: its shutdown and a plain "docker stop" honour it too.
            cmd.withStopTimeout(spec.stopTimeoutSeconds());
        }
        if (spec.interactive()) {
            cmd.withTty(true).withStdinOpen(true).withAttachStdin(true).withAttachStdout(true).withAttachStderr(true);
        }
        if (spec.command() != null) {
            cmd.withCmd(spec.command());
        }
        if (spec.network() != null && !spec.aliases().isEmpty()) {
            cmd.withAliases(spec.aliases());
        }
        return cmd.exec().getId();
    }

    Optional<ContainerInfo> inspect(String idOrName) {
        try {
            InspectContainerResponse c = client.inspectContainerCmd(idOrName).exec();
            InspectContainerResponse.ContainerState state = c.getState();
            Map<String, Integer> ports = new HashMap<>();
            if (c.getNetworkSettings() != null && c.getNetworkSettings().getPorts() != null) {
                c.getNetworkSettings().getPorts().getBindings().forEach((exposed, bound) -> {
                    if (bound != null && bound.length > 0 && bound[0].getHostPortSpec() != null) {
                        ports.put(exposed.getPort() + "/" + exposed.getProtocol(), Integer.parseInt(bound[0].getHostPortSpec()));
                    }
                });
            }
            String name = c.getName() != null && c.getName().startsWith("/") ? c.getName().substring(1) : c.getName();
            return Optional.of(new ContainerInfo(
                    c.getId(),
                    name,
                    c.getConfig() == null ? null : c.getConfig().getImage(),
                    c.getImageId(),
                    c.getConfig() == null ? null : c.getConfig().getLabels(),
                    state == null ? null : state.getStatus(),
                    state != null && Boolean.TRUE.equals(state.getRunning()),
                    state == null || state.getExitCodeLong() == null ? 0 : state.getExitCodeLong().intValue(),
                    state != null && Boolean.TRUE.equals(state.getOOMKilled()),
                    state == null || state.getHealth() == null ? null : state.getHealth().getStatus(),
                    state == null ? null : state.getError(),
                    ports,
                    state == null ? null : state.getStartedAt()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    List<ContainerInfo> list(Map<String, String> labels) {
        List<ContainerInfo> result = new ArrayList<>();
        for (Container c : client.listContainersCmd().withShowAll(true).withLabelFilter(labels).exec()) {
            // Gone between the list and the inspect: it is no longer there to report.
            inspect(c.getId()).ifPresent(result::add);
        }
        return result;
    }

    void stop(String id, int timeoutSeconds) {
        try {
            client.stopContainerCmd(id).withTimeout(timeoutSeconds).exec();
        } catch (NotModifiedException e) {
            // Already stopped.
        }
    }

    void remove(String id) {
        try {
            client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            // Already gone.
        }
    }

    void logs(String id, int tail, boolean follow, Consumer<String> output) throws InterruptedException {
        var cmd = client.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(follow);
        if (tail > 0) {
            cmd.withTail(tail);
        } else {
            cmd.withTailAll();
        }
        cmd.exec(new FrameLines(output)).finish();
    }

    int exec(String id, List<String> command, Consumer<String> output) throws InterruptedException {
        String execId = client.execCreateCmd(id).withCmd(command.toArray(String[]::new))
                .withAttachStdout(true).withAttachStderr(true).exec().getId();
        client.execStartCmd(execId).exec(new FrameLines(output)).finish();
        Long code = client.inspectExecCmd(execId).exec().getExitCodeLong();
        return code == null ? -1 : code.intValue();
    }

    /** Attaches a terminal to a created container, starts it, and returns its exit code when it ends. */
    int attachInteractive(String id, java.io.InputStream in, java.io.OutputStream out, int rows, int columns) throws InterruptedException {
        ResultCallback.Adapter<Frame> attached = client.attachContainerCmd(id).withStdIn(in).withStdOut(true).withStdErr(true)
                .withFollowStream(true).exec(new ResultCallback.Adapter<>() {
                    @Override
                    public void onNext(Frame frame) {
                        try {
                            out.write(frame.getPayload());
                            out.flush();
                        } catch (java.io.IOException e) {
                            // The terminal went away; the container's exit ends the session.
                        }
                    }
                });
        attached.awaitStarted();
        client.startContainerCmd(id).exec();
        if (rows > 0 && columns > 0) {
            try {
                client.resizeContainerCmd(id).withSize(rows, columns).exec();
            } catch (RuntimeException e) {
                // A terminal of the wrong size is still a terminal.
            }
        }
        int code = client.waitContainerCmd(id).start().awaitStatusCode();
        try {
            attached.close();
        } catch (java.io.IOException e) {
            // The session is over either way.
        }
        return code;
    }

    Optional<ContainerStats> stats(String id) throws InterruptedException {
        Statistics[] sample = new Statistics[1];
        try (ResultCallback.Adapter<Statistics> callback = client.statsCmd(id).withNoStream(true).exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Statistics statistics) {
                sample[0] = statistics;
            }
        })) {
            callback.awaitCompletion();
        } catch (java.io.IOException e) {
            // As above.
        }
        Statistics s = sample[0];
        if (s == null || s.getCpuStats() == null || s.getPreCpuStats() == null) {
            return Optional.empty();
        }
        double cpu = 0;
        Long total = s.getCpuStats().getCpuUsage() == null ? null : s.getCpuStats().getCpuUsage().getTotalUsage();
        Long preTotal = s.getPreCpuStats().getCpuUsage() == null ? null : s.getPreCpuStats().getCpuUsage().getTotalUsage();
        Long system = s.getCpuStats().getSystemCpuUsage();
        Long preSystem = s.getPreCpuStats().getSystemCpuUsage();
        if (total != null && preTotal != null && system != null && preSystem != null && system > preSystem) {
            long cpus = s.getCpuStats().getOnlineCpus() == null ? 1 : s.getCpuStats().getOnlineCpus();
            cpu = (double) (total - preTotal) / (system - preSystem) * cpus * 100.0;
        }
        long memory = s.getMemoryStats() == null || s.getMemoryStats().getUsage() == null ? 0 : s.getMemoryStats().getUsage();
        long limit = s.getMemoryStats() == null || s.getMemoryStats().getLimit() == null ? 0 : s.getMemoryStats().getLimit();
        return Optional.of(new ContainerStats(cpu, memory, limit));
    }

    void ensureNetwork(String name, Map<String, String> labels) {
        boolean exists = client.listNetworksCmd().withNameFilter(name).exec().stream().anyMatch(n -> name.equals(n.getName()));
        if (!exists) {
            try {
                client.createNetworkCmd().withName(name).withDriver("bridge").withLabels(labels).withCheckDuplicate(true).exec();
            } catch (com.github.dockerjava.api.exception.ConflictException e) {
                // Created by a parallel build in the meantime: that is what we wanted.
            }
        }
    }

    boolean disconnect(String network, String id) {
        try {
            client.disconnectFromNetworkCmd().withNetworkId(network).withContainerId(id).withForce(true).exec();
            return true;
        } catch (com.github.dockerjava.api.exception.DockerException e) {
            // Not found, not on that network, or being removed: the caller removes the network later instead.
            return false;
        }
    }

    boolean removeNetworkIfUnused(String name) {
        Network network;
        try {
            network = client.inspectNetworkCmd().withNetworkId(name).exec();
        } catch (NotFoundException e) {
            return false;
        }
        if (network.getContainers() != null && !network.getContainers().isEmpty()) {
            return false;
        }
        try {
            client.removeNetworkCmd(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            // A container joined meanwhile ("has active endpoints"): it is in use again.
            return false;
        }
    }

    /** Container output frames as lines; a line split across frames is joined. */
    private static final class FrameLines extends QuietCallback<Frame> {
        private final Consumer<String> output;
        private final StringBuilder partial = new StringBuilder();

        FrameLines(Consumer<String> output) {
            this.output = output;
        }

        @Override
        public void onNext(Frame frame) {
            partial.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
            int newline;
            while ((newline = partial.indexOf("\n")) >= 0) {
                output.accept(partial.substring(0, newline));
                partial.delete(0, newline + 1);
            }
        }

        /** Waits for the end of the stream and passes on a last line without newline. */
        void finish() throws InterruptedException {
            try {
                awaitCompletion();
            } finally {
                try {
                    close();
                } catch (java.io.IOException e) {
                    // Closing a finished stream cannot lose output.
                }
            }
            if (partial.length() > 0) {
                output.accept(partial.toString());
            }
            // The container went while its output was read (removed, or dead): the caller says which.
            if (streamFailure instanceof RuntimeException e) {
                throw e;
            } else if (streamFailure != null) {
                throw new IllegalStateException(streamFailure.getMessage(), streamFailure);
            }
        }
    }
}
