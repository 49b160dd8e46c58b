package io.dockerbox.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * A build's output as the engine streams it: passed on line by line, with the step it is at and the
 * last lines of that step kept for the report of a failure.
 */
final class BuildLog {
    private static final int KEPT_LINES = 20;
    private final Consumer<String> output;
    private final StringBuilder partial = new StringBuilder();
    private final ArrayDeque<String> lastLines = new ArrayDeque<>();
    private String step;
    private String error;

    BuildLog(Consumer<String> output) {
        this.output = output;
    }

    /** A piece of the build's text output; lines may span pieces. */
    void stream(String text) {
        partial.append(text);
        int newline;
        while ((newline = partial.indexOf("\n")) >= 0) {
            line(partial.substring(0, newline));
            partial.delete(0, newline + 1);
        }
    }

    /** The engine reported the build as failed. */
    void error(String message) {
        error = message == null ? "the build failed" : message;
    }

    String error() {
        return error;
    }

    /** The last {@code Step n/m : ...} line seen, or null. */
    String step() {
        return step;
    }

    private void line(String text) {
        String line = text.stripTrailing();
        if (line.isEmpty()) {
            return;
        }
        // Docker says "Step 2/5 :", Podman says "STEP 2/5:".
        if (line.startsWith("Step ") || line.startsWith("STEP ")) {
            step = line;
            lastLines.clear();
        } else if (!isBuilderChatter(line)) {
            lastLines.addLast(line);
            if (lastLines.size() > KEPT_LINES) {
                lastLines.removeFirst();
            }
        }
        output.accept(line);
    }

    // The classic builder's own bookkeeping says nothing about why a step failed; Podman's says "--> ID".
    private static boolean isBuilderChatter(String line) {
        return line.startsWith(" ---> ") || line.startsWith("--> ") || line.startsWith("Removing intermediate container ");
    }

    BuildFailedException failure() {
        if (partial.length() > 0) {
            line(partial.toString());
            partial.setLength(0);
        }
        return new BuildFailedException(error.strip(), step, new ArrayList<>(lastLines));
    }

    /** The failure of a build whose answer broke off: the engine went away. */
    /** The connection broke off: named with the step it was in, BuildKit's ({@code buildKitSteps}) or the classic builder's. */
    EngineException lostConnection(String address, String buildKitSteps, Throwable cause) {
        String at = buildKitSteps != null ? buildKitSteps : step;
        return new EngineException("lost the connection to the engine at " + address + " during the build"
                + (at == null ? "" : ", at " + at) + " (" + EngineConnection.rootMessage(cause) + "): did the engine stop"
                + " or restart? Nothing was tagged, so latest is as it was; build again once the engine answers.", cause);
    }
}
