package io.dockerbox.render;

/** A template could not be rendered; the message names the file, the line and the fix. */
public class RenderException extends Exception {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
