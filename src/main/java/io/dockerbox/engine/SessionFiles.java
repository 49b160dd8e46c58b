package io.dockerbox.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build's session serves BuildKit: the files of its named folders ({@code context}, and
 * {@code dockerfile} with the rendered Dockerfile), listed for the patterns BuildKit sends with each
 * request. Which files a pattern selects is the caller's knowledge ({@code .dockerignore} rules);
 * how they travel is the engine's.
 */
public interface SessionFiles {
    /**
     * The entries of one folder that BuildKit asked for, in any order; a folder this build does not
     * have gives an empty list.
     *
     * @param folder       the name BuildKit asks for ({@code dir-name})
     * @param include      {@code include-patterns}: when not empty, only what they match (and the folders on the way)
     * @param exclude      {@code exclude-patterns}: {@code .dockerignore} lines, applied after the includes
     * @param followPaths  {@code followpaths}: when not empty, only these paths (and the folders on the way)
     */
    List<Entry> list(String folder, List<String> include, List<String> exclude, List<String> followPaths) throws IOException;

    /**
     * One file, folder or symbolic link, named relative to its folder with {@code /} between names.
     * {@code file} is where a file's content is read from when BuildKit asks for it.
     */
    record Entry(String path, Kind kind, int permissions, long size, long modifiedMillis, String linkTarget, Path file) {
        public enum Kind { FILE, DIRECTORY, SYMLINK }
    }
}
