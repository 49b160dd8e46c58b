package io.dockerbox.log;

/** Where services report progress; the Maven goals adapt Maven's log to it. */
public interface Output {
    void info(String message);

    void warn(String message);

    void debug(String message);

    boolean isDebugEnabled();

    /** An output that prints nothing, for tests and quiet callers. */
    static Output silent() {
        return new Output() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}

            @Override
            public void debug(String message) {}

            @Override
            public boolean isDebugEnabled() {
                return false;
            }
        };
    }
}
