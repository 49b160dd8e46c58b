package io.dockerbox.snapshot;

import io.dockerbox.UserException;

/** A snapshot operation the user asked for cannot be done; the message says why and what can. */
public class SnapshotException extends UserException {
    public SnapshotException(String message) {
        super(message);
    }
}
