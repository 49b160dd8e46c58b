package io.dockerbox.build;

/** A box cannot be built because of something the user can fix; the message says what. */
public class BoxException extends Exception {
    public BoxException(String message) {
        super(message);
    }

    public BoxException(String message, Throwable cause) {
        super(message, cause);
    }
}
