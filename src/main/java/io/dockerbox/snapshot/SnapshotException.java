package io.dockerbox.snapshot;

/** A snapshot operation the user asked for cannot be done; the message says why and what can. */
public class SnapshotException extends Exception {
    public SnapshotException(String message) {
        super(message);
    }
}
