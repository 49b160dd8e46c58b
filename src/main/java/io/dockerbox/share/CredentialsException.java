package io.dockerbox.share;

import io.dockerbox.UserException;

/** Credentials were configured but cannot be used; the message says where they came from and the fix. */
public final class CredentialsException extends UserException {
    public CredentialsException(String message) {
        super(message);
    }
}
