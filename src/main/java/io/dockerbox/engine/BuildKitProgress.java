package io.dockerbox.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * BuildKit's progress told as {@code docker build --progress=plain} tells it: a line when a step
 * starts ({@code #4 [2/3] RUN apt-get ...}), {@code CACHED} or the step's own output as it comes, and
 * the time when it is done. Steps are numbered in the order they first appear, as the CLI does. The
 * last lines of each step are kept, so a failure can show those of the step that failed.
 */
final class BuildKitProgress {
    private static final int KEPT_LINES = 20;

    private final Consumer<String> output;
    private final Map<String, Step> steps = new LinkedHashMap<>();
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
            if (vertex.completed() != null && !step.done) {
                step.done = true;
                flush(step);
                if (vertex.error() != null) {
                    failed = step;
                    output.accept("#" + step.number + " ERROR: " + vertex.error());
                } else {
                    output.accept("#" + step.number + " DONE " + seconds(vertex));
                }
            }
        }
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

    private static String seconds(BuildKitTrace.Vertex vertex) {
        if (vertex.started() == null) {
            return "";
        }
        long millis = Duration.between(vertex.started(), vertex.completed()).toMillis();
        return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }
}
