package io.dockerbox.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.ResponseItem;

/**
 * A docker-java callback that keeps a broken stream for its caller to report instead of logging it:
 * docker-java's own handler prints "[ERROR] Error during callback" with a stack trace first, also for
 * failures dockerbox explains in one line (a registry's 404, an engine that went away).
 */
abstract class QuietCallback<T> extends ResultCallback.Adapter<T> {
    /** The first error of the stream, or null. */
    protected volatile Throwable streamFailure;

    @Override
    public void onError(Throwable throwable) {
        if (streamFailure == null) {
            streamFailure = throwable;
        }
        try {
            close();
        } catch (java.io.IOException ignored) {
            // nothing left to release
        }
    }

    /** The engine's message in an item that reports an error: its detail, else its error text (may be null). */
    static String errorMessage(ResponseItem item) {
        return item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                ? item.getErrorDetail().getMessage() : item.getError();
    }
}
