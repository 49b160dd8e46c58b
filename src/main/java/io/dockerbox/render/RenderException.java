package io.dockerbox.render;

import io.dockerbox.UserException;

/** A template could not be rendered; the message names the file, the line and the fix. */
public class RenderException extends UserException {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
