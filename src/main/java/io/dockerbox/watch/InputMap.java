package io.dockerbox.watch;

import io.dockerbox.chain.DockerIgnore;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.VolumeMount;
import io.dockerbox.config.WatchConfig;
import io.dockerbox.render.TemplateRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which changed path means what: the inputs of each box (its build context as {@code .dockerignore}
 * leaves it, and its template folder), the {@code <sync>} folders of the runs, and what is no input
 * at all ({@code target/dockerbox/}, excluded files, bind-mounted folders, anything else).
 */
final class InputMap {
    private static final String IGNORE_FILE = ".dockerignore";
    private final List<BoxConfig> boxes;
    private final List<RunConfig> runs;
    private final Path work;
    private final Path pom;
    private final Path basedir;
    private final List<Path> bound;
    /** Read by the file-event thread (which folders to watch) and the loop (what a change means). */
    private final Map<String, DockerIgnore> ignores = new ConcurrentHashMap<>();

    /**
     * @param boxes   the boxes whose inputs are watched: the chains of the runs' boxes
     * @param ignores each box's {@code .dockerignore}, by box name, as read when watch started
     */
    InputMap(List<BoxConfig> boxes, List<RunConfig> runs, Path basedir, Path work, Map<String, DockerIgnore> ignores) {
        this.boxes = List.copyOf(boxes);
        this.runs = List.copyOf(runs);
        this.basedir = basedir.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        this.pom = this.basedir.resolve("pom.xml");
        this.ignores.putAll(ignores);
        List<Path> folders = new ArrayList<>();
        for (RunConfig run : runs) {
            for (VolumeMount volume : run.volumes()) {
                if (volume.kind() == VolumeMount.Kind.HOST_FOLDER) {
                    folders.add(Path.of(volume.source()).toAbsolutePath().normalize());
                }
            }
        }
        this.bound = List.copyOf(folders);
    }

    /** The folders to watch: every box's context and template folder, none inside another. */
    List<Path> roots() {
        Set<Path> all = new LinkedHashSet<>();
        for (BoxConfig box : boxes) {
            all.add(box.context().toAbsolutePath().normalize());
            all.add(box.directory().toAbsolutePath().normalize());
        }
        List<Path> roots = new ArrayList<>();
        for (Path path : all) {
            if (all.stream().noneMatch(other -> !other.equals(path) && path.startsWith(other))) {
                roots.add(path);
            }
        }
        return roots;
    }

    /** The host folders of the runs' volumes that lie among the inputs: edits there need nothing. */
    List<Path> boundInputs() {
        return bound.stream().filter(folder -> roots().stream().anyMatch(folder::startsWith)).toList();
    }

    /**
     * Whether nothing below a folder can be an input, so it need not be watched at all: dockerbox's
     * work folder, a bind-mounted folder, or a folder every box that sees it excludes, with no
     * exception ({@code !pattern}) that could bring back something below it.
     */
    boolean skips(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (dir.startsWith(work) || bound.stream().anyMatch(dir::startsWith)) {
            return true;
        }
        for (BoxConfig box : boxes) {
            // The template folder and the folders on the way to it: the template is an input whatever
            // .dockerignore says, and an unwatched folder above it would hide its changes.
            Path templates = box.directory().toAbsolutePath().normalize();
            if (dir.startsWith(templates) || templates.startsWith(dir)) {
                return false;
            }
            Path context = box.context().toAbsolutePath().normalize();
            if (dir.startsWith(context)) {
                String relative = relative(context, dir);
                DockerIgnore ignore = ignore(box);
                if (relative.isEmpty() || !ignore.isExcluded(relative) || ignore.mayReincludeBelow(relative)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** What a batch asks for. A changed {@code .dockerignore} is read again: it decides from now on. */
    Plan plan(ChangeBatch batch) {
        Plan.Builder plan = new Plan.Builder();
        if (batch.overflow()) {
            boxes.forEach(box -> plan.rebuild(box.name(), "(events lost: every input)"));
        }
        for (Path changed : batch.paths()) {
            Path path = changed.toAbsolutePath().normalize();
            if (path.equals(pom)) {
                plan.pom();
                continue;
            }
            if (path.startsWith(work) || bound.stream().anyMatch(path::startsWith)) {
                continue;
            }
            String show = path.startsWith(basedir) ? relative(basedir, path) : path.toString();
            for (BoxConfig box : boxes) {
                classify(box, path, show, plan);
            }
        }
        return plan.build();
    }

    private void classify(BoxConfig box, Path path, String show, Plan.Builder plan) {
        Path context = box.context().toAbsolutePath().normalize();
        Path directory = box.directory().toAbsolutePath().normalize();
        boolean template = path.getParent() != null && path.getParent().equals(directory)
                && (path.getFileName().toString().equals(TemplateRenderer.TEMPLATE) || path.getFileName().toString().equals(TemplateRenderer.PLAIN)
                || path.getFileName().toString().endsWith(".ftl"));
        if (!path.startsWith(context)) {
            // A template folder outside the context: what FreeMarker may read there is an input.
            if (path.startsWith(directory)) {
                plan.rebuild(box.name(), show);
            }
            return;
        }
        String relative = relative(context, path);
        if (relative.equals(IGNORE_FILE)) {
            ignores.remove(box.name());
            plan.rebuild(box.name(), show);
            plan.ignoreChanged();
            return;
        }
        DockerIgnore ignore = ignore(box);
        if (!template && ignore.isExcluded(relative) && !ignore.mayReincludeBelow(relative)) {
            // Excluded, and nothing below it is sent: an excluded folder with an exception (!) below it
            // counts, since it may have been made or removed whole, with what the exception sends.
            return;
        }
        boolean synced = false;
        for (RunConfig run : runs) {
            for (WatchConfig.Sync sync : run.box().equals(box.name()) ? run.watch().syncs() : List.<WatchConfig.Sync>of()) {
                if (sync.holds(relative)) {
                    plan.sync(run, sync, relative, show);
                    synced = true;
                }
            }
        }
        if (!synced) {
            plan.rebuild(box.name(), show);
        }
    }

    /** The box's {@code .dockerignore}, read again after it changed; one that cannot be read excludes nothing until it is fixed. */
    DockerIgnore ignore(BoxConfig box) {
        return ignores.computeIfAbsent(box.name(), name -> {
            try {
                return DockerIgnore.load(box.context());
            } catch (java.io.IOException | DockerIgnore.InvalidPatternException e) {
                return DockerIgnore.none();
            }
        });
    }

    private static String relative(Path base, Path path) {
        return base.relativize(path).toString().replace('\\', '/');
    }
}
