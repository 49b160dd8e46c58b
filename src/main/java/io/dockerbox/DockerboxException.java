package io.dockerbox;

/**
 * A failure dockerbox reports to the user, with a message complete on its own: what failed, where,
 * and the fix. As such it is the engine's or the machine's (the build errors); {@link UserException}
 * is the user's mistake (the build fails). The goals turn it into Maven's exceptions in one place.
 */
public class DockerboxException extends Exception {
    public DockerboxException(String message) {
        super(message);
    }

    public DockerboxException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the user can fix it in the POM, a {@code -D} property or their own files. */
    public boolean usersMistake() {
        return false;
    }
}
