package io.dockerbox.share;

import io.dockerbox.engine.TransferListener;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Shows a pull or push as people know it from Docker. In a terminal: one line per layer, redrawn in
 * place. In batch mode and CI: a line every {@link #BATCH_INTERVAL_MILLIS} at most, so a large image
 * does not print thousands of lines; the caller prints the summary.
 */
public final class TransferProgress implements TransferListener {
    static final long BATCH_INTERVAL_MILLIS = 10_000;
    private static final long REDRAW_INTERVAL_MILLIS = 100;
    private static final Set<String> DONE = Set.of("Pull complete", "Already exists", "Pushed", "Layer already exists", "Mounted from");
    private static final Set<String> REUSED = Set.of("Already exists", "Layer already exists");

    /** What one layer has done so far. */
    private static final class Layer {
        String status = "";
        long current = -1;
        long total = -1;
        boolean done;
        boolean reused;
    }

    private final String verb;
    private final String reference;
    private final Output out;
    private final PrintStream terminal;
    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long lastShown = System.nanoTime();
    private int linesDrawn;

    /**
     * @param terminal where to draw layer lines in place, or null for batch mode
     */
    public TransferProgress(String verb, String reference, Output out, PrintStream terminal) {
        this.verb = verb;
        this.reference = reference;
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void update(String layerId, String status, long current, long total) {
        if (layerId == null || !looksLikeLayer(layerId)) {
            out.debug(verb + " " + reference + ": " + (layerId == null ? "" : layerId + ": ") + status);
            return;
        }
        Layer layer = layers.computeIfAbsent(layerId, id -> new Layer());
        layer.status = status;
        if (total > 0) {
            layer.total = total;
        }
        if (current >= 0) {
            layer.current = current;
        }
        String word = status.startsWith("Mounted from") ? "Mounted from" : status;
        if (DONE.contains(word)) {
            layer.done = true;
            layer.reused = REUSED.contains(word) || word.equals("Mounted from");
        }
        long now = System.nanoTime();
        if (terminal != null) {
            if ((now - lastShown) / 1_000_000 >= REDRAW_INTERVAL_MILLIS || layer.done) {
                redraw();
                lastShown = now;
            }
        } else if ((now - lastShown) / 1_000_000 >= BATCH_INTERVAL_MILLIS) {
            out.info("  " + verb + " " + reference + ": " + counts() + " so far");
            lastShown = now;
        }
    }

    /** One line for the log once the transfer ended: layers, reused ones, bytes, time. */
    public synchronized String summary() {
        if (terminal != null) {
            redraw();
        }
        return counts() + " [" + Units.secondsSince(start) + "]";
    }

    private String counts() {
        if (layers.isEmpty()) {
            return "every layer already there";
        }
        long done = layers.values().stream().filter(l -> l.done).count();
        long reused = layers.values().stream().filter(l -> l.reused).count();
        long bytes = layers.values().stream().filter(l -> !l.reused).mapToLong(l -> Math.max(l.total, 0)).sum();
        StringBuilder text = new StringBuilder().append(done).append(done == layers.size() ? "" : " of " + layers.size())
                .append(layers.size() == 1 ? " layer" : " layers");
        if (reused > 0) {
            text.append(" (").append(reused).append(" already there)");
        }
        if (bytes > 0) {
            text.append(", ").append(Units.megabytes(bytes)).append(" transferred");
        }
        return text.toString();
    }

    private void redraw() {
        StringBuilder screen = new StringBuilder();
        if (linesDrawn > 0) {
            screen.append("\033[").append(linesDrawn).append('A');
        }
        for (Map.Entry<String, Layer> entry : layers.entrySet()) {
            Layer layer = entry.getValue();
            screen.append("\033[2K").append("  ").append(entry.getKey()).append(": ").append(layer.status);
            if (!layer.done && layer.total > 0 && layer.current >= 0) {
                screen.append(' ').append(Units.megabytes(layer.current)).append(" / ").append(Units.megabytes(layer.total));
            }
            screen.append('\n');
        }
        linesDrawn = layers.size();
        terminal.print(screen);
        terminal.flush();
    }

    /** Layer ids are 12 hex digits; other ids are tags or the repository ("latest: Pulling from ..."). */
    static boolean looksLikeLayer(String id) {
        return id.length() == 12 && id.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
