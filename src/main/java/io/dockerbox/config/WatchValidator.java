package io.dockerbox.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks a run's {@code <watch>}: each {@code <sync>} a folder of the run box's build context, its target absolute. */
final class WatchValidator {
    private WatchValidator() {}

    /**
     * @param contexts each box's build context by box name, or null when the boxes are not known
     *                 (every goal but watch): then the folders are not checked against a context
     */
    static WatchConfig validate(String where, String box, RawRun.RawWatch raw, Map<String, Path> contexts, List<String> problems) {
        if (raw == null || raw.syncs() == null || raw.syncs().isEmpty()) {
            return WatchConfig.NONE;
        }
        Path context = contexts == null ? null : contexts.get(box);
        if (contexts != null && context == null) {
            problems.add(where + ": <watch><sync> needs a box that is built here, but '" + box + "' is not a box of <boxes> with a"
                    + " <directory>; sync the folders of a box of the project, or remove <watch>");
            return WatchConfig.NONE;
        }
        List<WatchConfig.Sync> syncs = new ArrayList<>();
        for (int i = 0; i < raw.syncs().size(); i++) {
            RawRun.RawSync sync = raw.syncs().get(i);
            String at = where + ": <watch><sync>" + (raw.syncs().size() == 1 ? "" : "[" + (i + 1) + "]");
            String path = folder(at, sync.path(), context, box, problems);
            String target = target(at, sync.target(), problems);
            boolean restart = RunValidator.flag(at, "<restart>", sync.restart(), problems);
            String exec = sync.exec() == null || sync.exec().isBlank() ? null : sync.exec().strip();
            if (path == null || target == null) {
                continue;
            }
            for (WatchConfig.Sync other : syncs) {
                if (other.holds(path) || path.isEmpty() || other.path().isEmpty() || other.path().startsWith(path + "/")) {
                    problems.add(at + ": <path> '" + path + "' overlaps <path> '" + other.path() + "' of another <sync>; give each"
                            + " folder to one <sync>");
                }
            }
            syncs.add(new WatchConfig.Sync(path, context == null ? null : context.resolve(path).normalize(), target, exec, restart));
        }
        return new WatchConfig(syncs);
    }

    private static String folder(String at, String raw, Path context, String box, List<String> problems) {
        String example = context == null ? "" : " of " + context;
        if (raw == null || raw.isBlank()) {
            problems.add(at + ": <path> is missing; name a folder of the build context" + example + ", e.g. <path>source/www</path>");
            return null;
        }
        String given = raw.strip();
        Path candidate = Path.of(given);
        if (context == null) {
            return candidate.isAbsolute() ? given : candidate.normalize().toString().replace('\\', '/');
        }
        Path folder = context.resolve(candidate).normalize();
        if (!folder.startsWith(context) || folder.equals(context)) {
            problems.add(at + ": <path> '" + given + "' is not a folder inside the build context " + context + " of " + box
                    + "; name one relative to it, e.g. <path>source/www</path>");
            return null;
        }
        if (!Files.isDirectory(folder)) {
            problems.add(at + ": <path> '" + given + "' is not a folder: " + folder + (Files.exists(folder) ? " is a file" : " does not exist")
                    + "; name a folder of the build context " + context + " of " + box);
            return null;
        }
        return context.relativize(folder).toString().replace('\\', '/');
    }

    private static String target(String at, String raw, List<String> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(at + ": <target> is missing; name the folder in the container where the copy lives, e.g. <target>/source/www</target>");
            return null;
        }
        String target = raw.strip();
        if (!target.startsWith("/") || List.of(target.split("/")).contains("..") || target.equals("/")) {
            problems.add(at + ": <target> '" + target + "' must be an absolute folder in the container other than /, without .."
                    + " (e.g. /source/www)");
            return null;
        }
        return target.length() > 1 && target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
    }
}
