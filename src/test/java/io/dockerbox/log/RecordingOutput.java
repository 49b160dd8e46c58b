package io.dockerbox.log;

import java.util.ArrayList;
import java.util.List;

/** An output that keeps every line, warnings prefixed with {@code WARN }, for tests to read. */
public final class RecordingOutput implements Output {
    private final List<String> lines = new ArrayList<>();

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
