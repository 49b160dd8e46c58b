package io.dockerbox.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** The {@link Engine} backed by docker-java; the only class that talks to the engine's API. */
final class DockerJavaEngine implements Engine {
    private static final int PIPE_BUFFER = 1 << 16;
    /** Repository of the one-off tag that identifies the image a build made. */
    static final String BUILD_TAG_REPOSITORY = "dockerbox-build";

    private final DockerClient client;
    private final DockerHttpClient http;
    private final String address;
    private final DockerJavaContainers containers;
    private final DockerJavaTransfers transfers;

    /** Whether the engine is Podman, asked once, by the first commit. */
    private Boolean podman;

    DockerJavaEngine(DockerClient client, DockerHttpClient http, String address) {
        this.client = client;
        this.http = http;
        this.address = address;
        this.containers = new DockerJavaContainers(client);
        this.transfers = new DockerJavaTransfers(client, address);
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public Optional<ImageInfo> inspectImage(String reference) throws EngineException {
        try {
            InspectImageResponse image = client.inspectImageCmd(reference).exec();
            return Optional.of(new ImageInfo(
                    image.getId(),
                    image.getRepoTags() == null ? null : image.getRepoTags().stream().map(ImageIds::familiar).toList(),
                    image.getConfig() == null ? null : image.getConfig().getLabels(),
                    image.getSize() == null ? 0 : image.getSize(),
                    ImageInfo.epochSeconds(image.getCreated())));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw failure("inspect image " + reference, e);
        }
    }

    @Override
    public List<ImageInfo> listImages(String repository) throws EngineException {
        try {
            List<ImageInfo> images = new ArrayList<>();
            // The reference filter matches the repository with any tag; the check below keeps the
            // answer exact even where an engine treats the filter loosely. Podman's qualified tags
            // (docker.io/..., localhost/...) are given in the repository's own spelling.
            for (Image image : client.listImagesCmd().withReferenceFilter(repository).exec()) {
                List<String> tags = image.getRepoTags() == null ? List.of()
                        : java.util.Arrays.stream(image.getRepoTags()).map(t -> ImageIds.asListed(t, repository)).toList();
                if (tags.stream().noneMatch(t -> t.startsWith(repository + ":"))) {
                    continue;
                }
                images.add(new ImageInfo(
                        image.getId(),
                        tags,
                        image.getLabels(),
                        image.getSize() == null ? 0 : image.getSize(),
                        image.getCreated() == null ? 0 : image.getCreated()));
            }
            return images;
        } catch (RuntimeException e) {
            throw failure("list images of " + repository, e);
        }
    }

    /**
     * docker-java's model drops the {@code aux.ID} of the build answer and its own callback scrapes
     * "Successfully built" out of the log, which a RUN step can print too. So each build tags its
     * image with a tag unique to it, and the engine resolves that tag to the id.
     */
    @Override
    public String build(BuildRequest request, Consumer<String> output) throws EngineException {
        String buildTag = BUILD_TAG_REPOSITORY + ":" + UUID.randomUUID();
        BuildOutput callback = new BuildOutput(output);
        PipedInputStream tar = new PipedInputStream(PIPE_BUFFER);
        ContextPump pump;
        try {
            pump = new ContextPump(request.context(), new PipedOutputStream(tar));
        } catch (IOException e) {
            throw new EngineException("could not open a pipe for the build context: " + e.getMessage(), e);
        }
        RuntimeException failed = null;
        try {
            BuildImageCmd cmd = client.buildImageCmd()
                    .withTarInputStream(tar)
                    .withDockerfilePath(request.dockerfilePath())
                    .withTags(Set.of(buildTag))
                    .withRemove(true)
                    // A failed RUN step must not leave its intermediate container behind.
                    .withForcerm(true);
            request.buildArgs().forEach(cmd::withBuildArg);
            pump.start();
            cmd.exec(callback).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("build interrupted", e);
        } catch (RuntimeException e) {
            failed = e;
        } finally {
            // Unblocks the writer when the engine stopped reading early.
            closeQuietly(tar);
        }
        pump.finish();
        if (callback.log.error() != null) {
            throw callback.log.failure();
        }
        // The stream broke: the engine went away.
        if (callback.streamFailure != null) {
            throw callback.log.lostConnection(address, callback.streamFailure);
        }
        if (failed != null) {
            throw failure("build", failed);
        }
        String imageId = inspectImage(buildTag)
                .orElseThrow(() -> new EngineException("the engine ended the build without an image tagged " + buildTag))
                .id();
        // The final tags go on before the build tag comes off, or the untag would delete the image.
        for (String tag : request.tags()) {
            String[] repoTag = ImageIds.repositoryAndTag(tag);
            tag(imageId, repoTag[0], repoTag[1]);
        }
        untag(buildTag);
        return imageId;
    }

    private void untag(String reference) throws EngineException {
        try {
            client.removeImageCmd(reference).withNoPrune(true).exec();
        } catch (NotFoundException e) {
            // Already gone: nothing to untag.
        } catch (RuntimeException e) {
            throw failure("remove the build tag " + reference, e);
        }
    }

    @Override
    public void tag(String imageId, String repository, String tag) throws EngineException {
        try {
            client.tagImageCmd(imageId, repository, tag).withForce().exec();
        } catch (RuntimeException e) {
            throw failure("tag " + ImageIds.shortId(imageId) + " as " + repository + ":" + tag, e);
        }
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
        try {
            return containers.create(spec);
        } catch (RuntimeException e) {
            throw failure("create a container from " + spec.image(), e);
        }
    }

    @Override
    public void startContainer(String id) throws EngineException {
        try {
            client.startContainerCmd(id).exec();
        } catch (RuntimeException e) {
            throw failure("start container " + ImageIds.shortId(id), e);
        }
    }

    @Override
    public Optional<ContainerInfo> inspectContainer(String idOrName) throws EngineException {
        try {
            return containers.inspect(idOrName);
        } catch (RuntimeException e) {
            throw failure("inspect container " + idOrName, e);
        }
    }

    @Override
    public List<ContainerInfo> listContainers(Map<String, String> labels) throws EngineException {
        try {
            return containers.list(labels);
        } catch (RuntimeException e) {
            throw failure("list containers labelled " + labels, e);
        }
    }

    @Override
    public void stopContainer(String id, int timeoutSeconds) throws EngineException {
        try {
            containers.stop(id, timeoutSeconds);
        } catch (RuntimeException e) {
            throw failure("stop container " + ImageIds.shortId(id), e);
        }
    }

    @Override
    public void removeContainer(String id) throws EngineException {
        try {
            containers.remove(id);
        } catch (RuntimeException e) {
            throw failure("remove container " + ImageIds.shortId(id), e);
        }
    }

    @Override
    public List<String> logs(String id, int tail) throws EngineException {
        List<String> lines = new ArrayList<>();
        readLogs(id, tail, false, lines::add);
        return lines;
    }

    @Override
    public void followLogs(String id, int tail, Consumer<String> output) throws EngineException {
        readLogs(id, tail, true, output);
    }

    private void readLogs(String id, int tail, boolean follow, Consumer<String> output) throws EngineException {
        try {
            containers.logs(id, tail, follow, output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            throw failure("read the output of container " + ImageIds.shortId(id), e);
        }
    }

    @Override
    public Optional<ContainerStats> stats(String id) throws EngineException {
        try {
            return containers.stats(id);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (RuntimeException e) {
            throw failure("read the resource use of container " + ImageIds.shortId(id), e);
        }
    }

    @Override
    public void ensureNetwork(String name, Map<String, String> labels) throws EngineException {
        try {
            containers.ensureNetwork(name, labels);
        } catch (RuntimeException e) {
            throw failure("create network " + name, e);
        }
    }

    @Override
    public boolean disconnectFromNetwork(String network, String containerId) throws EngineException {
        try {
            return containers.disconnect(network, containerId);
        } catch (RuntimeException e) {
            throw failure("disconnect container " + ImageIds.shortId(containerId) + " from network " + network, e);
        }
    }

    @Override
    public boolean removeNetworkIfUnused(String name) throws EngineException {
        try {
            return containers.removeNetworkIfUnused(name);
        } catch (RuntimeException e) {
            throw failure("remove network " + name, e);
        }
    }

    @Override
    public String commit(String containerId, Map<String, String> labels, String message) throws EngineException {
        try {
            var container = client.inspectContainerCmd(containerId).exec();
            var image = client.inspectImageCmd(container.getImageId()).exec();
            String[] imageCmd = image.getConfig() == null ? null : image.getConfig().getCmd();
            if (isPodman()) {
                return PodmanCommit.commit(http, containerId, labels, imageCmd == null ? null : List.of(imageCmd), message);
            }
            var cmd = client.commitCmd(containerId).withLabels(labels).withMessage(message).withPause(true);
            if (imageCmd != null) {
                cmd.withCmd(imageCmd);
            }
            return cmd.exec();
        } catch (NotFoundException e) {
            throw new EngineException("cannot commit container " + containerId + ": " + e.getMessage().strip()
                    + " (the container, or the image it was made from, no longer exists)", e);
        } catch (IOException e) {
            throw new EngineException("engine at " + address + " failed to commit container " + containerId + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw failure("commit container " + containerId, e);
        }
    }

    private synchronized boolean isPodman() {
        if (podman == null) {
            podman = PodmanCommit.isPodman(http);
        }
        return podman;
    }

    @Override
    public void removeImage(String reference) throws EngineException {
        try {
            client.removeImageCmd(reference).exec();
        } catch (NotFoundException e) {
            // Already gone.
        } catch (RuntimeException e) {
            throw failure("remove image " + reference, e);
        }
    }

    @Override
    public int exec(String containerId, List<String> command, Consumer<String> output) throws EngineException {
        try {
            return containers.exec(containerId, command, output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while running " + command + " in " + containerId, e);
        } catch (RuntimeException e) {
            throw failure("run " + command + " in container " + containerId, e);
        }
    }

    @Override
    public int attachInteractive(String id, java.io.InputStream in, java.io.OutputStream out, int rows, int columns)
            throws EngineException {
        try {
            return containers.attachInteractive(id, in, out, rows, columns);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while attached to container " + ImageIds.shortId(id), e);
        } catch (RuntimeException e) {
            throw failure("attach a terminal to container " + ImageIds.shortId(id), e);
        }
    }

    @Override
    public int waitContainer(String id) throws EngineException {
        try {
            return client.waitContainerCmd(id).start().awaitStatusCode();
        } catch (RuntimeException e) {
            throw failure("wait for container " + ImageIds.shortId(id), e);
        }
    }

    @Override
    public boolean removeVolume(String name) throws EngineException {
        try {
            client.removeVolumeCmd(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw failure("remove volume " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // Closing a finished client cannot lose anything the user cares about.
        }
    }

    private static void closeQuietly(PipedInputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // A pipe that will not close has nothing left to lose.
        }
    }

    private EngineException failure(String what, RuntimeException e) {
        String detail = e instanceof DockerException de ? de.getMessage().strip() : String.valueOf(e.getMessage());
        return new EngineException("engine at " + address + " failed to " + what + ": " + detail, e);
    }

    /** Feeds docker-java's build items to the {@link BuildLog}. */
    private static final class BuildOutput extends QuietCallback<BuildResponseItem> {
        private final BuildLog log;

        BuildOutput(Consumer<String> output) {
            this.log = new BuildLog(output);
        }

        @Override
        public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) {
                log.stream(item.getStream());
            }
            if (item.isErrorIndicated()) {
                log.error(errorMessage(item));
            }
        }
    }
}
