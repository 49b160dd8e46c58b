package io.dockerbox.chain;

import java.nio.file.Path;

/** One file, folder or symbolic link of a build context, as it will go into the tar. */
public record ContextEntry(
        String relativePath, Path path, Type type, int mode, long size, long modifiedMillis, String linkTarget) {

    public enum Type {
        FILE,
        DIRECTORY,
        SYMLINK
    }
}
