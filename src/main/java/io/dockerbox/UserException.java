package io.dockerbox;

/** The user's mistake: a value, a file or a state of their boxes they can fix; the message says how. */
public class UserException extends DockerboxException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public final boolean usersMistake() {
        return true;
    }
}
