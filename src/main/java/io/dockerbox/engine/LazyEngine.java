package io.dockerbox.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A local engine whose docker-java client is made only when something needs more than the raw
 * calls: image inspect (all a no-op build asks), build, tag, list and remove images, and the
 * container and network calls of start, wait and stop. Those never pay docker-java's start-up (see
 * docs/design.md); exec, follow, attach, stats, commit, push and pull do.
 */
final class LazyEngine implements Engine {
    /** Makes the full client; it pings the engine. */
    @FunctionalInterface
    interface Opener {
        Engine open() throws EngineException;
    }

    private final String address;
    private final RawHttp http;
    private final RawImageInspector raw;
    private final RawContainers containers;
    private final RawImages images;
    private final RawBuild builds;
    private final Opener opener;
    private Engine full;

    LazyEngine(String address, String socketPath, Opener opener) {
        this.address = address;
        this.http = new RawHttp(socketPath);
        this.raw = new RawImageInspector(http);
        this.containers = new RawContainers(http);
        this.images = new RawImages(http);
        this.builds = new RawBuild(http, images, raw);
        this.opener = opener;
    }

    private synchronized Engine full() throws EngineException {
        if (full == null) {
            full = opener.open();
        }
        return full;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public Optional<ImageInfo> inspectImage(String reference) throws EngineException {
        try {
            return raw.inspect(reference);
        } catch (IOException e) {
            // Like every raw call: "no engine answered" only if none did yet in this goal.
            throw http.connectionFailure("inspect image " + reference, e);
        }
    }

    @Override
    public List<ImageInfo> listImages(String repository) throws EngineException {
        return images.list(repository);
    }

    @Override
    public String build(BuildRequest request, Consumer<String> output) throws EngineException {
        return builds.build(request, output);
    }

    @Override
    public void tag(String imageId, String repository, String tag) throws EngineException {
        images.tag(imageId, repository, tag);
    }

    @Override
    public void pull(String reference, RegistryAuth auth, TransferListener progress) throws EngineException {
        full().pull(reference, auth, progress);
    }

    @Override
    public void push(String reference, RegistryAuth auth, TransferListener progress) throws EngineException {
        full().push(reference, auth, progress);
    }

    @Override
    public String createContainer(ContainerSpec spec) throws EngineException {
        return containers.create(spec);
    }

    @Override
    public void startContainer(String id) throws EngineException {
        containers.start(id);
    }

    @Override
    public Optional<ContainerInfo> inspectContainer(String idOrName) throws EngineException {
        return containers.inspect(idOrName);
    }

    @Override
    public List<ContainerInfo> listContainers(Map<String, String> labels) throws EngineException {
        return containers.list(labels);
    }

    @Override
    public void stopContainer(String id, int timeoutSeconds) throws EngineException {
        containers.stop(id, timeoutSeconds);
    }

    @Override
    public void removeContainer(String id) throws EngineException {
        containers.remove(id);
    }

    @Override
    public List<String> logs(String id, int tail) throws EngineException {
        List<String> lines = new java.util.ArrayList<>();
        containers.logs(id, tail, lines::add);
        return lines;
    }

    @Override
    public void followLogs(String id, int tail, Consumer<String> output) throws EngineException {
        full().followLogs(id, tail, output);
    }

    @Override
    public Optional<ContainerStats> stats(String id) throws EngineException {
        return full().stats(id);
    }

    @Override
    public void ensureNetwork(String name, Map<String, String> labels) throws EngineException {
        containers.ensureNetwork(name, labels);
    }

    @Override
    public boolean disconnectFromNetwork(String network, String containerId) throws EngineException {
        return containers.disconnect(network, containerId);
    }

    @Override
    public boolean removeNetworkIfUnused(String name) throws EngineException {
        return containers.removeNetworkIfUnused(name);
    }

    @Override
    public String commit(String containerId, Map<String, String> labels, String message) throws EngineException {
        return full().commit(containerId, labels, message);
    }

    @Override
    public void removeImage(String reference) throws EngineException {
        images.remove(reference, false, "remove image " + reference);
    }

    @Override
    public int exec(String containerId, List<String> command, Consumer<String> output) throws EngineException {
        return full().exec(containerId, command, output);
    }

    @Override
    public int attachInteractive(String id, InputStream in, OutputStream out, int rows, int columns) throws EngineException {
        return full().attachInteractive(id, in, out, rows, columns);
    }

    @Override
    public int waitContainer(String id) throws EngineException {
        return full().waitContainer(id);
    }

    @Override
    public boolean removeVolume(String name) throws EngineException {
        return full().removeVolume(name);
    }

    @Override
    public synchronized void close() {
        if (full != null) {
            full.close();
        }
    }
}
