package io.dockerbox.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * One image build: a context written as a tar stream on demand (so it is never held in memory),
 * the Dockerfile's path inside that tar, build arguments, and the {@code repository:tag}
 * references the image gets once the build succeeded, in order; and whether the engine builds it
 * with BuildKit ({@code version=2}) or its classic builder. A BuildKit build with a {@link Session}
 * sends its files through the session and never writes the tar. Labels are part of the Dockerfile
 * (one LABEL line, see docs/design.md), not of the request.
 */
public record BuildRequest(TarSource context, String dockerfilePath, Map<String, String> buildArgs, List<String> tags, boolean buildKit,
        Session session) {

    public BuildRequest {
        buildArgs = Map.copyOf(buildArgs);
        tags = List.copyOf(tags);
    }

    /** A build with the engine's classic builder. */
    public BuildRequest(TarSource context, String dockerfilePath, Map<String, String> buildArgs, List<String> tags) {
        this(context, dockerfilePath, buildArgs, tags, false, null);
    }

    /**
     * What a BuildKit build sends through a session instead of the tar: the {@code context} and
     * {@code dockerfile} folders, the Dockerfile's name in the latter, and the session's name and
     * shared key (the same for every build of one box, see {@link BuildSession#open}).
     */
    public record Session(String name, String sharedKey, String dockerfileName, SessionFiles files) {}

    /** Writes the build context as an uncompressed tar. */
    @FunctionalInterface
    public interface TarSource {
        void writeTo(OutputStream out) throws IOException;
    }
}
