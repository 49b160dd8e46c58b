package io.dockerbox.share;

import io.dockerbox.UserException;

/** A push or pull that cannot be done as asked; the message names the registry, the image and the fix. */
public final class ShareException extends UserException {
    public ShareException(String message, Throwable cause) {
        super(message, cause);
    }
}
