package io.dockerbox.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What dockerbox needs from a container engine. {@link EngineConnection#open} gives the one
 * implementation, over the Engine API on any transport; services are unit-tested against an
 * in-memory fake.
 */
public interface Engine extends AutoCloseable {

    /** Where this engine is reached, for messages (for example {@code unix:///var/run/docker.sock}). */
    String address();

    /** The image a reference points to, or empty when the engine does not have it. */
    Optional<ImageInfo> inspectImage(String reference) throws EngineException;

    /** Every image whose repository is {@code repository}, with all its tags. */
    List<ImageInfo> listImages(String repository) throws EngineException;

    /**
     * Builds an image, tags it with the request's tags, and returns its id as the engine resolves it
     * (never scraped from the log). Output lines go to {@code output} as they arrive. A failed
     * build tags nothing.
     */
    String build(BuildRequest request, Consumer<String> output) throws EngineException;

    /**
     * Starts opening the BuildKit session of a build to come, so that the engine and the session
     * get ready while the caller works out the build's version and Dockerfile: the build whose
     * request carries this same {@code session} takes it over. Closing what this returns discards a
     * session no build took; a failure to open is the build's to report.
     */
    SessionAhead openSessionAhead(BuildRequest.Session session);

    /** A session opened ahead of its build ({@link #openSessionAhead}); closing it ends one that no build took. */
    interface SessionAhead extends AutoCloseable {
        /** Nothing opened ahead: the build opens its session itself, if it needs one. */
        SessionAhead NONE = () -> { };

        @Override
        void close();
    }

    /** What the engine offers for builds (its ping's API version and default builder). */
    BuilderSupport builderSupport() throws EngineException;

    /** Points {@code repository:tag} at an image, moving the tag when it exists. */
    void tag(String imageId, String repository, String tag) throws EngineException;

    /**
     * Pulls a reference, with credentials for its registry (or {@link RegistryAuth#anonymous}); a
     * refusal by the registry is a {@link TransferFailedException}, and a failed pull tags nothing.
     */
    void pull(String reference, RegistryAuth auth, TransferListener progress) throws EngineException;

    /** Pushes one tag to its registry; failures as for {@link #pull}. */
    void push(String reference, RegistryAuth auth, TransferListener progress) throws EngineException;

    /** Creates a container and returns its id. */
    String createContainer(ContainerSpec spec) throws EngineException;

    void startContainer(String id) throws EngineException;

    Optional<ContainerInfo> inspectContainer(String idOrName) throws EngineException;

    /** Every container, running or not, that carries all of the given labels. */
    List<ContainerInfo> listContainers(java.util.Map<String, String> labels) throws EngineException;

    /**
     * Stops a container, killing it after {@code timeoutSeconds} (negative: after the container's own
     * stop timeout, set at create); a stopped one is left as it is, and one that is gone is no failure.
     */
    void stopContainer(String id, int timeoutSeconds) throws EngineException;

    /** Gives a container, running or not, a new name. */
    void renameContainer(String id, String name) throws EngineException;

    /** Removes a container with its anonymous volumes, stopping it first when it runs. */
    void removeContainer(String id) throws EngineException;

    /** The container's output (stdout and stderr), the last {@code tail} lines, or all with 0. */
    List<String> logs(String id, int tail) throws EngineException;

    /** Streams the container's output to {@code output} until it stops or the thread is interrupted. */
    void followLogs(String id, int tail, Consumer<String> output) throws EngineException;

    /** One sample of a running container's CPU and memory use. */
    Optional<ContainerStats> stats(String id) throws EngineException;

    /** Creates the network when missing. */
    void ensureNetwork(String name, java.util.Map<String, String> labels) throws EngineException;

    /**
     * Detaches a container from a network at once, running or not; says whether it is detached now
     * (false when the engine refused, e.g. the container was never on that network).
     */
    boolean disconnectFromNetwork(String network, String containerId) throws EngineException;

    /** Removes the network when no container belongs to it, running or stopped; says whether it did. */
    boolean removeNetworkIfUnused(String name) throws EngineException;

    /**
     * Commits a container as a new image with the given labels and message, and returns its id. The
     * image keeps the CMD of the image the container ran (not a command the run overrode it with).
     */
    String commit(String containerId, java.util.Map<String, String> labels, String message) throws EngineException;

    /** Removes an image reference (a tag); the image itself goes once no tag or container uses it. */
    void removeImage(String reference) throws EngineException;

    /** Runs a command in a running container, streams its output, and returns its exit code. */
    int exec(String containerId, List<String> command, Consumer<String> output) throws EngineException;

    /**
     * Attaches {@code in} and {@code out} as the terminal of a created interactive container, starts it,
     * and returns its exit code when it ends.
     */
    int attachInteractive(String id, java.io.InputStream in, java.io.OutputStream out, int rows, int columns) throws EngineException;

    /** Streams a started container's output to {@code output} until it exits, and returns its exit code. */
    int outputUntilExit(String id, Consumer<String> output) throws EngineException;

    /** Pauses a running container (its processes frozen, its files still readable). */
    void pause(String id) throws EngineException;

    void unpause(String id) throws EngineException;

    /**
     * Streams {@code path} of a container as a tar (the engine's archive API) to {@code reader}, as it
     * arrives; the entries are named as the engine names them (Docker: {@code data/x} for
     * {@code /data}; Podman 4.3: {@code /x}). Volumes mounted at or under the path are read too.
     */
    void readArchive(String containerId, String path, ArchiveReader reader) throws EngineException, java.io.IOException;

    /**
     * Unpacks a tar stream into a running or stopped container at {@code path}, a folder that exists
     * there (the engine's archive API, {@code PUT}); the tar is written by {@code writer} as it is
     * sent, never held whole. Entries replace the files they name; missing parent folders are made.
     */
    void writeArchive(String containerId, String path, ArchiveWriter writer) throws EngineException;

    /** The size of a file in a container (0 for a folder), or empty when the engine cannot say. */
    Optional<Long> pathSize(String containerId, String path) throws EngineException;

    /** The paths of a container that differ from its image: its writable layer, volumes not included. */
    List<FileChange> changes(String containerId) throws EngineException;

    /** The names of the containers, running or not, that mount the volume {@code name}. */
    List<String> containersUsingVolume(String name) throws EngineException;

    /** Reads a tar stream; the stream is the engine's and is closed after. */
    @FunctionalInterface
    interface ArchiveReader {
        void read(java.io.InputStream tar) throws java.io.IOException;
    }

    /** Writes a tar stream; the stream is the request's and is finished by the caller. */
    @FunctionalInterface
    interface ArchiveWriter {
        void write(java.io.OutputStream tar) throws java.io.IOException;
    }

    /** Removes a named volume; says whether it existed. */
    boolean removeVolume(String name) throws EngineException;

    @Override
    void close();
}
