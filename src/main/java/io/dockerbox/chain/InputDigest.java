package io.dockerbox.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest stored in a box image's {@code dockerbox.inputs} label: everything that decides what
 * the build produces. Same inputs, same digest; any change to the Dockerfile, a build argument, a
 * sent file's path, mode or content, or the parent image, a new one. Modification times are left
 * out on purpose: touching a file without changing it must not rebuild a box.
 */
public final class InputDigest {
    private static final String VERSION = "dockerbox-inputs v1";

    private InputDigest() {}

    public static String of(
            String dockerfile, Map<String, String> buildArgs, List<ContextEntry> context, String parentImageId, HashCache cache)
            throws IOException {
        MessageDigest digest = HashCache.sha256();
        line(digest, VERSION);
        line(digest, "parent " + parentImageId);
        line(digest, "dockerfile " + HexFormat.of().formatHex(HashCache.sha256().digest(dockerfile.getBytes(StandardCharsets.UTF_8))));
        for (Map.Entry<String, String> arg : new TreeMap<>(buildArgs).entrySet()) {
            line(digest, "arg " + escape(arg.getKey()) + "=" + escape(arg.getValue()));
        }
        for (ContextEntry entry : context) {
            String path = escape(entry.relativePath());
            switch (entry.type()) {
                case FILE -> line(digest, "F " + Integer.toOctalString(entry.mode()) + " " + cache.sha256(entry) + " " + path);
                case DIRECTORY -> line(digest, "D " + Integer.toOctalString(entry.mode()) + " " + path);
                case SYMLINK -> line(digest, "L " + escape(entry.linkTarget()) + " " + path);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static void line(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    // A newline in a name or value must not be able to fake another line.
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
