package io.dockerbox.engine;

import java.util.List;

/** A build step failed: carries the step the engine was at and the last lines it printed. */
public class BuildFailedException extends EngineException {
    private final String step;
    private final List<String> lastLines;

    public BuildFailedException(String error, String step, List<String> lastLines) {
        super(error);
        this.step = step;
        this.lastLines = List.copyOf(lastLines);
    }

    /** The last {@code Step n/m : ...} line seen, or null when the failure came before any step. */
    public String step() {
        return step;
    }

    public List<String> lastLines() {
        return lastLines;
    }
}
