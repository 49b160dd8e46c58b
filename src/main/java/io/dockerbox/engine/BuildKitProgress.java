package io.dockerbox.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * BuildKit's progress told as {@code docker build --progress=plain} tells it: a line when a step
 * starts ({@code #4 [2/3] RUN apt-get ...}), {@code CACHED} or the step's own output as it comes, the
 * parts BuildKit reports on ({@code #5 transferring context: 200.29MB 2.8s done}), and the time when
 * it is done. Steps are numbered in the order they first appear, as the CLI does. The last lines of
 * each step are kept, so a failure can show those of the step that failed.
 *
 * <p>BuildKit often reports a step done and, in its next message, started again: it works out the
 * step's cache key in a round of its own (0.0 s) before it does the work (the context's transfer,
 * seconds). So a step's DONE is held until the next message, and told only if the step did not
 * start again; otherwise a reader would see {@code DONE 0.0s} and then seconds of silence.
 */
final class BuildKitProgress {
    private static final int KEPT_LINES = 20;
    /** A part that runs long gets a line this often (in BuildKit's own time), as the CLI's plain progress does. */
    private static final Duration STATUS_EVERY = Duration.ofSeconds(5);

    private final Consumer<String> output;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    /** Steps reported done in the last message, with their DONE line. */
    private final Map<Step, String> held = new LinkedHashMap<>();
    /** When each part's last line was told, by step, part and its start; {@link Instant#MAX} once its end was. */
    private final Map<String, Instant> statusTold = new HashMap<>();
    private Step failed;

    BuildKitProgress(Consumer<String> output) {
        this.output = output;
    }

    private static final class Step {
        final int number;
        String name;
        boolean announced;
        boolean cached;
        boolean done;
        final StringBuilder partial = new StringBuilder();
        final ArrayDeque<String> lastLines = new ArrayDeque<>();

        Step(int number) {
            this.number = number;
        }
    }

    void accept(BuildKitTrace trace) {
        for (BuildKitTrace.Vertex vertex : trace.vertexes()) {
            Step step = steps.get(String.valueOf(vertex.digest()));
            if (step != null && held.containsKey(step) && startedAgain(vertex)) {
                held.remove(step);
                step.done = false;
            }
        }
        // A held step's parts that end in this message are told before its DONE, as the CLI tells them.
        List<BuildKitTrace.Status> later = new ArrayList<>();
        for (BuildKitTrace.Status status : trace.statuses()) {
            // Looked up, not made: a step is numbered when its vertex first comes, as the CLI numbers it.
            Step of = steps.get(String.valueOf(status.vertex()));
            if (of != null && held.containsKey(of)) {
                status(status);
            } else {
                later.add(status);
            }
        }
        releaseDone();
        for (BuildKitTrace.Vertex vertex : trace.vertexes()) {
            Step step = step(vertex.digest());
            if (vertex.name() != null) {
                step.name = vertex.name();
            }
            if (!step.announced && (vertex.started() != null || vertex.cached())) {
                step.announced = true;
                output.accept("#" + step.number + " " + step.name);
            }
            if (vertex.cached() && !step.cached) {
                step.cached = true;
                step.done = true;
                output.accept("#" + step.number + " CACHED");
            }
            if (step.done && !step.cached && startedAgain(vertex)) {
                // Started again after its DONE was told (another step's message came between): named again, as the CLI does.
                step.done = false;
                output.accept("#" + step.number + " " + step.name);
            }
            if (vertex.completed() != null && !step.done) {
                step.done = true;
                flush(step);
                if (vertex.error() != null) {
                    failed = step;
                    output.accept("#" + step.number + " ERROR: " + vertex.error());
                } else {
                    held.put(step, "#" + step.number + " DONE " + seconds(vertex.started(), vertex.completed()));
                }
            }
        }
        later.forEach(this::status);
        for (BuildKitTrace.Log log : trace.logs()) {
            Step step = step(log.vertex());
            step.partial.append(new String(log.message(), StandardCharsets.UTF_8));
            int newline;
            while ((newline = step.partial.indexOf("\n")) >= 0) {
                line(step, step.partial.substring(0, newline));
                step.partial.delete(0, newline + 1);
            }
        }
    }

    /** Tells the DONE lines held from the last message: before anything else is printed, and at the build's end. */
    void releaseDone() {
        held.values().forEach(output);
        held.clear();
    }

    private static boolean startedAgain(BuildKitTrace.Vertex vertex) {
        return vertex.started() != null && vertex.completed() == null && !vertex.cached() && vertex.error() == null;
    }

    /**
     * A part's line when it ends ({@code transferring context: 200.29MB 2.8s done}), and while it
     * runs one every {@link #STATUS_EVERY} once it counts something; its first state (nothing done yet) is not told.
     */
    private void status(BuildKitTrace.Status status) {
        Step step = step(status.vertex());
        // Its start too: a part BuildKit runs again (a step started again) is told again.
        String key = step.number + " " + status.id() + " " + status.started();
        Instant told = statusTold.get(key);
        if (Instant.MAX.equals(told)) {
            return;  // its end was told
        }
        if (status.completed() == null) {
            Instant since = told != null ? told : status.started();
            if (status.current() == 0 || status.timestamp() == null || since == null
                    || Duration.between(since, status.timestamp()).compareTo(STATUS_EVERY) < 0) {
                return;
            }
        }
        statusTold.put(key, status.completed() != null ? Instant.MAX : status.timestamp());
        StringBuilder line = new StringBuilder("#").append(step.number).append(' ').append(status.id());
        if (status.total() != 0) {
            line.append(' ').append(bytes(status.current())).append(" / ").append(bytes(status.total()));
        } else if (status.current() != 0) {
            line.append(' ').append(bytes(status.current()));
        }
        Instant end = status.completed() != null ? status.completed() : status.timestamp();
        if (status.started() != null && end != null && Duration.between(status.started(), end).toMillis() > 10) {
            line.append(' ').append(seconds(status.started(), end));
        }
        if (status.completed() != null) {
            line.append(" done");
        }
        output.accept(line.toString());
    }

    /** Bytes as the CLI's progress counts them: 387B, 32.77kB, 200.29MB (powers of 1000). */
    static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + "B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.2f%s", value, units[unit]);
    }

    /** The step that failed, as BuildKit names it ({@code [2/3] RUN make}), or null. */
    String failedStep() {
        return failed == null ? null : failed.name;
    }

    /** The steps begun and not done (BuildKit runs independent ones at once), joined; null when none. */
    String runningSteps() {
        List<String> running = steps.values().stream().filter(s -> s.announced && !s.done).map(s -> s.name).toList();
        return running.isEmpty() ? null : String.join(", ", running);
    }

    /** The last lines of the step that failed. */
    List<String> failedLines() {
        return failed == null ? List.of() : new ArrayList<>(failed.lastLines);
    }

    private Step step(String digest) {
        return steps.computeIfAbsent(String.valueOf(digest), d -> new Step(steps.size() + 1));
    }

    private void flush(Step step) {
        if (step.partial.length() > 0) {
            line(step, step.partial.toString());
            step.partial.setLength(0);
        }
    }

    private void line(Step step, String text) {
        String line = text.stripTrailing();
        if (line.isEmpty()) {
            return;
        }
        step.lastLines.addLast(line);
        if (step.lastLines.size() > KEPT_LINES) {
            step.lastLines.removeFirst();
        }
        output.accept("#" + step.number + " " + line);
    }

    private static String seconds(Instant started, Instant completed) {
        if (started == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1fs", Duration.between(started, completed).toMillis() / 1000.0);
    }
}
