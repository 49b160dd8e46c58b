package io.dockerbox.share;

/** Credentials were configured but cannot be used; the message says where they came from and the fix. */
public final class CredentialsException extends Exception {
    public CredentialsException(String message) {
        super(message);
    }
}
