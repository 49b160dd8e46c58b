package io.dockerbox.engine;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@link Engine} over the Engine API: each operation written once, in the call classes, over
 * {@link EngineHttp} and whichever {@link Transport} the address needs. Nothing is sent before the
 * first operation, so a goal that needs no engine never waits for one.
 */
final class ApiEngine implements Engine {
    private final EngineHttp http;
    private final ImageCalls images;
    private final ContainerCalls containers;
    private final BuildCall builds;
    private final TransferCalls transfers;
    private final ProcessCalls processes;
    private final CommitCall commits;
    private final FilesystemCalls files;

    ApiEngine(EngineHttp http) {
        this.http = http;
        this.images = new ImageCalls(http);
        this.containers = new ContainerCalls(http);
        this.builds = new BuildCall(http, images);
        this.transfers = new TransferCalls(http);
        this.processes = new ProcessCalls(http, containers);
        this.commits = new CommitCall(http, containers);
        this.files = new FilesystemCalls(http);
    }

    @Override
    public BuilderSupport builderSupport() throws EngineException {
        return builds.support();
    }

    @Override
    public String address() {
        return http.address();
    }

    @Override
    public Optional<ImageInfo> inspectImage(String reference) throws EngineException {
        return images.inspect(reference);
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
    public SessionAhead openSessionAhead(BuildRequest.Session session) {
        return builds.openAhead(session);
    }

    @Override
    public void tag(String imageId, String repository, String tag) throws EngineException {
        images.tag(imageId, repository, tag);
    }

    @Override
    public void pull(String reference, RegistryAuth auth, TransferListener progress) throws EngineException {
        transfers.pull(reference, auth, progress);
    }

    @Override
    public void push(String reference, RegistryAuth auth, TransferListener progress) throws EngineException {
        transfers.push(reference, auth, progress);
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
    public void renameContainer(String id, String name) throws EngineException {
        containers.rename(id, name);
    }

    @Override
    public void removeContainer(String id) throws EngineException {
        containers.remove(id);
    }

    @Override
    public List<String> logs(String id, int tail) throws EngineException {
        List<String> lines = new ArrayList<>();
        containers.logs(id, tail, false, lines::add);
        return lines;
    }

    @Override
    public void followLogs(String id, int tail, Consumer<String> output) throws EngineException {
        containers.logs(id, tail, true, output);
    }

    @Override
    public Optional<ContainerStats> stats(String id) throws EngineException {
        return processes.stats(id);
    }

    @Override
    public void pause(String id) throws EngineException {
        files.pause(id);
    }

    @Override
    public void unpause(String id) throws EngineException {
        files.unpause(id);
    }

    @Override
    public void readArchive(String containerId, String path, ArchiveReader reader) throws EngineException, java.io.IOException {
        files.readArchive(containerId, path, reader);
    }

    @Override
    public void writeArchive(String containerId, String path, ArchiveWriter writer) throws EngineException {
        files.writeArchive(containerId, path, writer);
    }

    @Override
    public Optional<Long> pathSize(String containerId, String path) throws EngineException {
        return files.pathSize(containerId, path);
    }

    @Override
    public List<FileChange> changes(String containerId) throws EngineException {
        return files.changes(containerId);
    }

    @Override
    public List<String> containersUsingVolume(String name) throws EngineException {
        return files.containersUsingVolume(name);
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
        return commits.commit(containerId, labels, message);
    }

    @Override
    public void removeImage(String reference) throws EngineException {
        images.remove(reference);
    }

    @Override
    public int exec(String containerId, List<String> command, Consumer<String> output) throws EngineException {
        return processes.exec(containerId, command, output);
    }

    @Override
    public int attachInteractive(String id, InputStream in, OutputStream out, int rows, int columns) throws EngineException {
        return processes.attachInteractive(id, in, out, rows, columns);
    }

    @Override
    public int outputUntilExit(String id, Consumer<String> output) throws EngineException {
        return processes.outputUntilExit(id, output);
    }

    @Override
    public boolean removeVolume(String name) throws EngineException {
        return containers.removeVolume(name);
    }

    @Override
    public void close() {
        // Every request closes its own connection: nothing stays open.
    }
}
