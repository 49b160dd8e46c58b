package io.dockerbox.engine;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Lines of a container's output as the engine streams it (logs, exec): for a container without a
 * terminal, chunks each behind an 8-byte header (stream, three zero bytes, big-endian length); with
 * a terminal, the bytes as they are. A line may span chunks, a character too; the last line may
 * lack its newline.
 */
final class LogFrames {
    private LogFrames() {}

    static void split(byte[] data, int offset, Consumer<String> output) {
        try {
            copy(new ByteArrayInputStream(data, offset, data.length - offset), output);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Passes each line on as soon as it is complete. */
    static void copy(InputStream stream, Consumer<String> output) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, 8192);
        in.mark(8);
        byte[] head = in.readNBytes(8);
        in.reset();
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        byte[] buffer = new byte[8192];
        boolean framed = framed(head);
        long frameLeft = Long.MAX_VALUE;
        while (true) {
            if (framed && frameLeft == 0 || framed && frameLeft == Long.MAX_VALUE) {
                byte[] header = in.readNBytes(8);
                if (header.length < 8) {
                    break;
                }
                frameLeft = ((header[4] & 0xffL) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8) | (header[7] & 0xff);
                continue;
            }
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, frameLeft));
            if (n < 0) {
                break;
            }
            if (framed) {
                frameLeft -= n;
            }
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    output.accept(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else {
                    line.write(buffer[i]);
                }
            }
        }
        if (line.size() > 0) {
            output.accept(line.toString(StandardCharsets.UTF_8));
        }
    }

    /** A frame header: stream 0, 1 or 2 and three zero bytes, which text never starts with. */
    private static boolean framed(byte[] head) {
        return head.length == 8 && head[0] >= 0 && head[0] <= 2 && head[1] == 0 && head[2] == 0 && head[3] == 0;
    }
}
