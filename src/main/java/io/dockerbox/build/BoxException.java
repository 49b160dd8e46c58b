package io.dockerbox.build;

import io.dockerbox.UserException;

/** A box cannot be built because of something the user can fix; the message says what. */
public class BoxException extends UserException {
    public BoxException(String message) {
        super(message);
    }

    public BoxException(String message, Throwable cause) {
        super(message, cause);
    }
}
