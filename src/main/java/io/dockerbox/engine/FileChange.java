package io.dockerbox.engine;

/** A path of a container's filesystem that differs from its image ({@code GET /containers/ID/changes}). */
public record FileChange(String path, Kind kind) {
    public enum Kind {
        CHANGED,
        ADDED,
        DELETED;

        /** The engine's numbers: 0 changed, 1 added, 2 deleted. */
        static Kind of(int code) {
            return switch (code) {
                case 1 -> ADDED;
                case 2 -> DELETED;
                default -> CHANGED;
            };
        }
    }
}
