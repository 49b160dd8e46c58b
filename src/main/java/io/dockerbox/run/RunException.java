package io.dockerbox.run;

import io.dockerbox.UserException;

/** A box cannot be started or did not become ready, for a reason the user can act on. */
public class RunException extends UserException {
    public RunException(String message) {
        super(message);
    }

    public RunException(String message, Throwable cause) {
        super(message, cause);
    }
}
