package io.dockerbox.share;

/** A push or pull that cannot be done as asked; the message names the registry, the image and the fix. */
public final class ShareException extends Exception {
    public ShareException(String message, Throwable cause) {
        super(message, cause);
    }
}
