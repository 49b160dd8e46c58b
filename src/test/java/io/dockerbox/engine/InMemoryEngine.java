package io.dockerbox.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An engine in memory: builds record what they were sent, tags behave like Docker's; containers and
 * networks are kept as far as start and stop need them (no processes, no ports).
 */
public class InMemoryEngine implements Engine {
    /** What one build was given. */
    public record Build(BuildRequest request, byte[] tar) {}

    private final Map<String, ImageInfo> images = new LinkedHashMap<>();
    private final Map<String, String> tags = new HashMap<>();
    private final List<Build> builds = new ArrayList<>();
    private final List<String> pulls = new ArrayList<>();
    private final List<String> pushes = new ArrayList<>();
    private final Map<String, ImageInfo> registry = new HashMap<>();
    private final Map<String, EngineException> removeFailures = new HashMap<>();
    private final Map<String, ContainerInfo> containers = new LinkedHashMap<>();
    /** Network name to the ids of the containers attached to it. */
    private final Map<String, Set<String>> networks = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    /** Container id to its mounts, and to the tar each mount's path reads as. */
    private final Map<String, List<Mount>> mounts = new HashMap<>();
    private final Map<String, byte[]> archives = new HashMap<>();
    private EngineException buildFailure;
    private boolean pullFails;
    private int counter;

    public synchronized List<Build> builds() {
        return builds;
    }

    /** The container and network calls, in order, e.g. "remove c1", "disconnect net c1". */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized Set<String> networks() {
        return Set.copyOf(networks.keySet());
    }

    public synchronized Set<String> containers() {
        return Set.copyOf(containers.keySet());
    }

    public synchronized List<String> pulls() {
        return pulls;
    }

    public synchronized void failNextBuild(EngineException failure) {
        this.buildFailure = failure;
    }

    /** Every remove of the container named {@code name} fails with {@code failure} (an engine already removing it, say). */
    public synchronized void failRemoveOf(String name, EngineException failure) {
        removeFailures.put(name, failure);
    }

    public synchronized void failPulls() {
        this.pullFails = true;
    }

    /** An image that is just there, like a base made outside dockerbox. */
    public synchronized String addImage(String reference, Map<String, String> labels) {
        String id = "sha256:" + String.format("%064x", ++counter);
        images.put(id, new ImageInfo(id, List.of(), labels, 1000, 0));
        String[] repoTag = ImageIds.repositoryAndTag(reference);
        tagNow(id, repoTag[0], repoTag[1]);
        return id;
    }

    @Override
    public synchronized String address() {
        return "memory://";
    }

    @Override
    public synchronized Optional<ImageInfo> inspectImage(String reference) {
        if (images.containsKey(reference)) {
            return Optional.of(images.get(reference));
        }
        String[] repoTag = ImageIds.repositoryAndTag(reference);
        return Optional.ofNullable(tags.get(repoTag[0] + ":" + repoTag[1])).map(images::get);
    }

    @Override
    public synchronized List<ImageInfo> listImages(String repository) {
        return images.values().stream().filter(i -> i.repoTags().stream().anyMatch(t -> t.startsWith(repository + ":"))).toList();
    }

    @Override
    public synchronized String build(BuildRequest request, Consumer<String> output) throws EngineException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try {
            request.context().writeTo(tar);
        } catch (IOException e) {
            throw new EngineException("context: " + e.getMessage(), e);
        }
        builds.add(new Build(request, tar.toByteArray()));
        if (request.buildKit() && request.session() != null) {
            sessionsAhead.computeIfPresent(request.session(), (s, state) -> "taken");
        }
        if (buildFailure != null) {
            EngineException failure = buildFailure;
            buildFailure = null;
            throw failure;
        }
        output.accept("Step 1/1 : built in memory");
        String id = "sha256:" + String.format("%064x", ++counter);
        String text = dockerfile(tar.toByteArray(), request.dockerfilePath());
        // An image FROM another one of this engine inherits its labels, as the builder's does.
        Map<String, String> labels = new HashMap<>(text.startsWith("FROM ") ? inspectImage(text.lines().findFirst().orElse("").substring(5).strip())
                .map(ImageInfo::labels).orElse(Map.of()) : Map.of());
        labels.putAll(labelsOf(text));
        images.put(id, new ImageInfo(id, List.of(), labels, 1000, 0));
        for (String tag : request.tags()) {
            String[] repoTag = ImageIds.repositoryAndTag(tag);
            tagNow(id, repoTag[0], repoTag[1]);
        }
        return id;
    }

    /** Sessions opened ahead of their builds: opened, then "taken" by a build or "closed" unused. */
    private final Map<BuildRequest.Session, String> sessionsAhead = new java.util.IdentityHashMap<>();

    @Override
    public synchronized SessionAhead openSessionAhead(BuildRequest.Session session) {
        sessionsAhead.put(session, "opened");
        return () -> {
            synchronized (this) {
                sessionsAhead.computeIfPresent(session, (s, state) -> state.equals("opened") ? "closed" : state);
            }
        };
    }

    /** What became of each session opened ahead, in no particular order: "opened", "taken" or "closed". */
    public synchronized List<String> sessionsAhead() {
        return new ArrayList<>(sessionsAhead.values());
    }

    /** The text of a file in a tar, or "" when it is not there. */
    public static String dockerfile(byte[] tar, String path) {
        return new String(file(tar, path), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The bytes of a file in a tar, or none when it is not there. */
    public static byte[] file(byte[] tar, String path) {
        try (var in = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(new java.io.ByteArrayInputStream(tar))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(path)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new byte[0];
    }

    /** The labels a Dockerfile's LABEL lines set, as the builder would. */
    static Map<String, String> labelsOf(String dockerfile) {
        Map<String, String> labels = new HashMap<>();
        var matcher = java.util.regex.Pattern.compile("([\\w.-]+)=\"((?:[^\"\\\\]|\\\\.)*)\"").matcher("");
        for (String line : dockerfile.split("\n")) {
            if (line.startsWith("LABEL ")) {
                matcher.reset(line);
                while (matcher.find()) {
                    labels.put(matcher.group(1), matcher.group(2).replaceAll("\\\\(.)", "$1"));
                }
            }
        }
        return labels;
    }

    @Override
    public synchronized void tag(String imageId, String repository, String tag) {
        tagNow(imageId, repository, tag);
    }

    private void tagNow(String imageId, String repository, String tag) {
        String ref = repository + ":" + tag;
        String previous = tags.put(ref, imageId);
        if (previous != null) {
            untag(previous, ref);
        }
        ImageInfo image = images.get(imageId);
        List<String> repoTags = new ArrayList<>(image.repoTags());
        repoTags.add(ref);
        images.put(imageId, new ImageInfo(image.id(), repoTags, image.labels(), image.size(), 0, image.repoDigests()));
    }

    private void untag(String imageId, String ref) {
        ImageInfo old = images.get(imageId);
        images.put(imageId, new ImageInfo(old.id(), old.repoTags().stream().filter(t -> !t.equals(ref)).toList(), old.labels(), old.size(), 0,
                old.repoDigests()));
    }

    /** Every tag this engine holds, as repository:tag. */
    public synchronized java.util.Set<String> tags() {
        return java.util.Set.copyOf(tags.keySet());
    }

    /**
     * Pulls what {@link #push} put into the in-memory registry, keeping the image id as a registry does;
     * any other reference appears as a fresh image, as if from Docker Hub, unless pulls fail.
     */
    @Override
    public synchronized void pull(String reference, RegistryAuth auth, TransferListener progress) throws EngineException {
        pulls.add(reference);
        ImageInfo remote = registry.get(reference);
        if (remote != null) {
            images.putIfAbsent(remote.id(), new ImageInfo(remote.id(), List.of(), remote.labels(), remote.size(), 0));
            String[] repoTag = ImageIds.repositoryAndTag(reference);
            tag(remote.id(), repoTag[0], repoTag[1]);
            progress.update("layer1", "Pull complete", -1, -1);
            return;
        }
        if (pullFails || io.dockerbox.config.ImageReference.registry(reference).isPresent()) {
            throw new TransferFailedException("pull of " + reference + " failed: manifest unknown", "manifest unknown", null);
        }
        String id = addImage(reference, Map.of());
        ImageInfo image = images.get(id);
        images.put(id, new ImageInfo(id, image.repoTags(), image.labels(), image.size(), 0,
                List.of(ImageIds.repositoryAndTag(reference)[0] + "@sha256:" + "d".repeat(63) + counter)));
    }

    @Override
    public synchronized void push(String reference, RegistryAuth auth, TransferListener progress) throws EngineException {
        pushes.add(reference);
        ImageInfo local = inspectImage(reference)
                .orElseThrow(() -> new EngineException("An image does not exist locally with the tag: " + reference));
        registry.put(reference, local);
        progress.update("layer1", "Pushed", -1, -1);
    }

    /** What {@link #push} stored, by reference. */
    public synchronized Map<String, ImageInfo> registry() {
        return registry;
    }

    public synchronized List<String> pushes() {
        return pushes;
    }

    /** Forgets every local image and tag but those of {@code keep}, like a new machine with only its base images. */
    public synchronized void clearLocal(String... keep) {
        Map<String, String> kept = new HashMap<>();
        for (String reference : keep) {
            kept.put(reference, tags.get(reference));
        }
        images.keySet().removeIf(id -> !kept.containsValue(id));
        tags.clear();
        tags.putAll(kept);
        images.replaceAll((id, image) -> new ImageInfo(id, List.copyOf(kept.keySet().stream()
                .filter(ref -> id.equals(kept.get(ref))).toList()), image.labels(), image.size(), 0));
    }

    @Override
    public synchronized String createContainer(ContainerSpec spec) throws EngineException {
        if (spec.network() != null && !networks.containsKey(spec.network())) {
            throw new EngineException("network " + spec.network() + " not found");
        }
        String id = String.format("c%063x", ++counter);
        containers.put(id, new ContainerInfo(id, spec.name(), spec.image(), inspectImage(spec.image()).map(ImageInfo::id).orElse(null),
                spec.labels(), "created", false, 0, false, null, null, Map.of(), null));
        if (spec.network() != null) {
            networks.get(spec.network()).add(id);
        }
        calls.add("create " + spec.name());
        return id;
    }

    /** Mounts {@code mount} in a container; reading its path gives {@code tar}. */
    public synchronized void mount(String containerId, Mount mount, byte[] tar) {
        mounts.computeIfAbsent(containerId, k -> new ArrayList<>()).add(mount);
        archives.put(containerId + mount.destination(), tar);
        ContainerInfo c = containers.get(containerId);
        containers.put(containerId, container(c, c.running()));
    }

    @Override
    public synchronized void startContainer(String id) {
        ContainerInfo c = containers.get(id);
        containers.put(id, container(c, true));
        calls.add("start " + c.name());
    }

    private ContainerInfo container(ContainerInfo c, boolean running) {
        return new ContainerInfo(c.id(), c.name(), c.image(), c.imageId(), c.labels(), running ? "running" : "exited", running, 0, false,
                null, null, Map.of(), null, mounts.getOrDefault(c.id(), List.of()));
    }

    @Override
    public synchronized Optional<ContainerInfo> inspectContainer(String idOrName) {
        return containers.values().stream().filter(c -> c.id().equals(idOrName) || c.name().equals(idOrName)).findFirst();
    }

    @Override
    public synchronized List<ContainerInfo> listContainers(Map<String, String> labels) {
        return containers.values().stream().filter(c -> c.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    @Override
    public synchronized void stopContainer(String id, int timeoutSeconds) {
        ContainerInfo c = containers.get(id);
        if (c != null) {
            containers.put(id, container(c, false));
            calls.add("stop " + c.name());
        }
    }

    private BuilderSupport builderSupport = new BuilderSupport("1.41", false);

    public synchronized void builderSupport(BuilderSupport support) {
        builderSupport = support;
    }

    @Override
    public synchronized BuilderSupport builderSupport() {
        return builderSupport;
    }

    @Override
    public synchronized void renameContainer(String id, String name) {
        ContainerInfo c = containers.get(id);
        containers.put(id, new ContainerInfo(c.id(), name, c.image(), c.imageId(), c.labels(), c.status(), c.running(), c.exitCode(),
                c.oomKilled(), c.health(), c.error(), c.ports(), c.startedAt(), c.mounts()));
        calls.add("rename " + c.name() + " " + name);
    }

    @Override
    public synchronized void removeContainer(String id) throws EngineException {
        ContainerInfo known = containers.get(id);
        if (known != null && removeFailures.containsKey(known.name())) {
            throw removeFailures.get(known.name());
        }
        ContainerInfo c = containers.remove(id);
        if (c != null) {
            networks.values().forEach(attached -> attached.remove(id));
            calls.add("remove " + c.name());
        }
    }

    @Override
    public synchronized List<String> logs(String id, int tail) {
        return List.of();
    }

    @Override
    public synchronized void followLogs(String id, int tail, Consumer<String> output) {}

    @Override
    public synchronized Optional<ContainerStats> stats(String id) {
        return Optional.empty();
    }

    @Override
    public synchronized void ensureNetwork(String name, Map<String, String> labels) {
        if (!networks.containsKey(name)) {
            networks.put(name, new HashSet<>());
            calls.add("create network " + name);
        }
    }

    @Override
    public synchronized boolean disconnectFromNetwork(String network, String containerId) {
        boolean attached = networks.containsKey(network) && networks.get(network).remove(containerId);
        if (attached) {
            calls.add("disconnect " + network + " " + containers.get(containerId).name());
        }
        return attached;
    }

    @Override
    public synchronized boolean removeNetworkIfUnused(String name) {
        if (!networks.containsKey(name) || !networks.get(name).isEmpty()) {
            return false;
        }
        networks.remove(name);
        calls.add("remove network " + name);
        return true;
    }

    @Override
    public synchronized String commit(String containerId, Map<String, String> labels, String message) {
        ContainerInfo c = containers.get(containerId);
        Map<String, String> merged = new HashMap<>(images.get(c.imageId()).labels());
        merged.putAll(labels);
        String id = "sha256:" + String.format("%064x", ++counter);
        images.put(id, new ImageInfo(id, List.of(), merged, 1000, 0));
        calls.add("commit " + c.name());
        return id;
    }

    @Override
    public synchronized void removeImage(String reference) {
        String id = tags.remove(reference);
        if (id != null) {
            untag(id, reference);
        }
    }

    /** The exit code every exec answers with. */
    private int execExit;

    public synchronized void execExit(int code) {
        execExit = code;
    }

    @Override
    public synchronized int exec(String containerId, List<String> command, Consumer<String> output) {
        calls.add("exec " + containers.get(containerId).name() + " " + String.join(" ", command));
        return execExit;
    }

    @Override
    public synchronized int attachInteractive(String id, java.io.InputStream in, java.io.OutputStream out, int rows, int columns) {
        throw new UnsupportedOperationException("images only");
    }

    @Override
    public synchronized int outputUntilExit(String id, Consumer<String> output) {
        throw new UnsupportedOperationException("images only");
    }

    @Override
    public synchronized void pause(String id) {
        calls.add("pause " + containers.get(id).name());
    }

    @Override
    public synchronized void unpause(String id) {
        calls.add("unpause " + containers.get(id).name());
    }

    @Override
    public void readArchive(String containerId, String path, ArchiveReader reader) throws IOException {
        byte[] tar;
        synchronized (this) {
            tar = archives.get(containerId + path);
            calls.add("read " + path + " of " + containers.get(containerId).name());
        }
        reader.read(new java.io.ByteArrayInputStream(tar));
    }

    /** What was written into containers by {@link #writeArchive}: container id and path to the tar's bytes. */
    public final Map<String, byte[]> written = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void writeArchive(String containerId, String path, ArchiveWriter writer) throws EngineException {
        var tar = new java.io.ByteArrayOutputStream();
        try {
            writer.write(tar);
        } catch (IOException e) {
            throw new EngineException("could not write the archive: " + e.getMessage(), e);
        }
        synchronized (this) {
            written.put(containerId + path, tar.toByteArray());
            calls.add("write " + path + " of " + containers.get(containerId).name());
        }
    }

    @Override
    public synchronized Optional<Long> pathSize(String containerId, String path) {
        return Optional.empty();
    }

    @Override
    public synchronized List<FileChange> changes(String containerId) {
        return List.of();
    }

    @Override
    public synchronized List<String> containersUsingVolume(String name) {
        return List.of();
    }

    @Override
    public synchronized boolean removeVolume(String name) {
        return false;
    }

    @Override
    public synchronized void close() {}
}
