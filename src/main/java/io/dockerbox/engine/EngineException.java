package io.dockerbox.engine;

/** The engine failed or could not be reached; the message says what was tried. */
public class EngineException extends io.dockerbox.DockerboxException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
