package io.dockerbox.engine;

/**
 * A mistake in the user's engine settings (a parameter, an environment variable, a docker context),
 * found before the engine is asked: the mojos report it as the user's failure, not the engine's.
 */
public final class EngineSetupException extends EngineException {
    public EngineSetupException(String message) {
        super(message);
    }
}
