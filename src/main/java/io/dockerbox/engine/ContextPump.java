package io.dockerbox.engine;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the build context into a pipe on its own thread while the HTTP client reads the other
 * end, so a context of any size streams through a small buffer.
 */
final class ContextPump {
    private final BuildRequest.TarSource source;
    private final OutputStream pipe;
    private final Thread thread;
    private volatile IOException failure;

    ContextPump(BuildRequest.TarSource source, OutputStream pipe) {
        this.source = source;
        this.pipe = pipe;
        this.thread = new Thread(this::run, "dockerbox-context");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try (OutputStream out = pipe) {
            source.writeTo(out);
        } catch (IOException e) {
            // "Pipe closed" after the engine already answered is not the cause of anything.
            failure = e;
        }
    }

    /** Waits for the writer and reports a failure to read the context. */
    void finish() throws EngineException {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null && !"Pipe closed".equals(failure.getMessage())) {
            throw new EngineException("could not send the build context: " + failure.getMessage(), failure);
        }
    }
}
