package io.dockerbox.build;

import io.dockerbox.chain.ContextEntry;
import io.dockerbox.chain.DockerIgnore;
import io.dockerbox.chain.HashCache;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.engine.BuildRequest;
import io.dockerbox.engine.SessionFiles;
import io.dockerbox.render.RenderService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A box's files as its BuildKit session offers them: {@code context} is the listing the inputs digest
 * was taken of (so what is built is what was hashed), {@code dockerfile} holds only the rendered
 * Dockerfile, which so never enters the context. BuildKit's patterns are applied with the same
 * {@code .dockerignore} rules as the listing: an exclude pattern is a {@code .dockerignore} line, an
 * include pattern or a followed path selects what it matches and everything below it, and the
 * folders on the way to a selected entry are sent with it.
 */
final class BoxSessionFiles implements SessionFiles {
    static final String DOCKERFILE = "Dockerfile";
    private final List<ContextEntry> context;
    private final Path dockerfile;

    BoxSessionFiles(List<ContextEntry> context, Path dockerfile) {
        this.context = context;
        this.dockerfile = dockerfile;
    }

    /** A box's session: its listed context, and its Dockerfile where {@link RenderService#write} puts it. */
    static BuildRequest.Session session(DockerboxConfig config, BoxConfig box, List<ContextEntry> context) {
        return new BuildRequest.Session(box.name(), sessionKey(box), DOCKERFILE, new BoxSessionFiles(context, RenderService.file(config, box)));
    }

    /** One key per box folder: BuildKit syncs each build against what it kept from the last one with the same key. */
    private static String sessionKey(BoxConfig box) {
        byte[] folder = ("dockerbox:" + box.directory().toAbsolutePath().normalize()).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(HashCache.sha256().digest(folder));
    }

    @Override
    public List<Entry> list(String folder, List<String> include, List<String> exclude, List<String> followPaths) throws IOException {
        List<ContextEntry> source = switch (folder) {
            case "context" -> context;
            case "dockerfile" -> List.of(new ContextEntry(DOCKERFILE, dockerfile, ContextEntry.Type.FILE, 0644, Files.size(dockerfile),
                    Files.getLastModifiedTime(dockerfile).toMillis(), null));
            default -> List.of();
        };
        DockerIgnore excluded = rules(exclude, "exclude-patterns");
        DockerIgnore included = rules(include, "include-patterns");
        Map<String, ContextEntry> byPath = new LinkedHashMap<>();
        source.forEach(entry -> byPath.put(entry.relativePath(), entry));
        Map<String, ContextEntry> kept = new LinkedHashMap<>();
        for (ContextEntry entry : source) {
            String path = entry.relativePath();
            if ((include.isEmpty() || included.isExcluded(path)) && (followPaths.isEmpty() || followed(path, followPaths))
                    && !excluded.isExcluded(path)) {
                kept.put(path, entry);
                for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                    ContextEntry parent = byPath.get(path.substring(0, slash));
                    if (parent != null) {
                        kept.putIfAbsent(parent.relativePath(), parent);
                    }
                }
            }
        }
        List<Entry> entries = new ArrayList<>(kept.size());
        for (ContextEntry e : kept.values()) {
            entries.add(new Entry(e.relativePath(), switch (e.type()) {
                case FILE -> Entry.Kind.FILE;
                case DIRECTORY -> Entry.Kind.DIRECTORY;
                case SYMLINK -> Entry.Kind.SYMLINK;
            }, e.mode(), e.size(), e.modifiedMillis(), e.linkTarget(), e.path()));
        }
        return entries;
    }

    /** A followed path, what is below it, and the folders above it. */
    private static boolean followed(String path, List<String> followPaths) {
        for (String follow : followPaths) {
            String f = follow.startsWith("/") ? follow.substring(1) : follow;
            if (path.equals(f) || path.startsWith(f + "/") || f.startsWith(path + "/")) {
                return true;
            }
        }
        return false;
    }

    private static DockerIgnore rules(List<String> patterns, String name) throws IOException {
        try {
            return patterns.isEmpty() ? DockerIgnore.none() : DockerIgnore.parse(patterns);
        } catch (DockerIgnore.InvalidPatternException e) {
            throw new IOException("BuildKit sent " + name + " that cannot be read: " + e.getMessage(), e);
        }
    }
}
