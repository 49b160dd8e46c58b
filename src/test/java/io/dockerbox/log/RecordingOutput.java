package io.dockerbox.log;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An output that keeps every line, warnings prefixed with {@code WARN }, for tests to read. Safe for
 * the parallel builds and stops that write to it from several threads.
 */
public final class RecordingOutput implements Output {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    /** The lines, as they come (read them once the writers are done). */
    public List<String> lines() {
        return lines;
    }

    @Override
    public void info(String message) {
        lines.add(message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void debug(String message) {}

    @Override
    public boolean isDebugEnabled() {
        return false;
    }
}
