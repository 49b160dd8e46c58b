package io.dockerbox.engine;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Lines of a container's log as the engine sends them: for a container without a terminal, chunks
 * each behind an 8-byte header (stream, three zero bytes, big-endian length); with a terminal, the
 * bytes as they are. A line may span chunks; the last one may lack its newline.
 */
final class LogFrames {
    private LogFrames() {}

    static void split(byte[] data, int offset, Consumer<String> output) {
        String text;
        if (framed(data, offset)) {
            // Payloads joined before decoding: a chunk may end inside a character.
            java.io.ByteArrayOutputStream payloads = new java.io.ByteArrayOutputStream(data.length - offset);
            int at = offset;
            while (at + 8 <= data.length) {
                int length = ((data[at + 4] & 0xff) << 24) | ((data[at + 5] & 0xff) << 16) | ((data[at + 6] & 0xff) << 8) | (data[at + 7] & 0xff);
                int end = (int) Math.min(data.length, (long) at + 8 + (length & 0xffffffffL));
                payloads.write(data, at + 8, end - at - 8);
                at = end;
            }
            text = payloads.toString(StandardCharsets.UTF_8);
        } else {
            text = new String(data, offset, data.length - offset, StandardCharsets.UTF_8);
        }
        int start = 0;
        int newline;
        while ((newline = text.indexOf("\n", start)) >= 0) {
            output.accept(text.substring(start, newline));
            start = newline + 1;
        }
        if (start < text.length()) {
            output.accept(text.substring(start));
        }
    }

    /** A frame header: stream 0, 1 or 2 and three zero bytes, which text never starts with. */
    private static boolean framed(byte[] data, int offset) {
        return data.length - offset >= 8 && data[offset] >= 0 && data[offset] <= 2
                && data[offset + 1] == 0 && data[offset + 2] == 0 && data[offset + 3] == 0;
    }
}
