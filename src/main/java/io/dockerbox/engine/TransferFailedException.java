package io.dockerbox.engine;

/** A pull or push the engine refused or that the registry failed; {@link #reason()} is the engine's own words. */
public final class TransferFailedException extends EngineException {
    private final String reason;

    public TransferFailedException(String message, String reason, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** The registry answered that it has no such image or tag (for a parent: not pushed yet). */
    public boolean imageMissing() {
        String lower = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("manifest unknown") || lower.contains("not found");
    }
}
