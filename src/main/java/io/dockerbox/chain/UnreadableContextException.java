package io.dockerbox.chain;

import java.io.IOException;
import java.nio.file.Path;

/** A file or folder of the build context that dockerbox may not read: the user's to fix, not an engine failure. */
public final class UnreadableContextException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableContextException(Path path, String reason, Throwable cause) {
        super("cannot read " + path + " in the build context (" + reason + "); make it readable (chmod a+r, a+rx for a"
                + " folder) or exclude it in .dockerignore", cause);
    }
}
