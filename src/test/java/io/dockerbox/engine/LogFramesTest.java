package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogFramesTest {
    /** Frames as the engine sends them: pairs of stream number and text. */
    static byte[] frames(Object... streamAndText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < streamAndText.length; i += 2) {
            byte[] payload = streamAndText[i + 1] instanceof byte[] bytes ? bytes
                    : ((String) streamAndText[i + 1]).getBytes(StandardCharsets.UTF_8);
            int n = payload.length;
            out.write((Integer) streamAndText[i]);
            out.writeBytes(new byte[] {0, 0, 0, (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
            out.writeBytes(payload);
        }
        return out.toByteArray();
    }

    private static List<String> lines(byte[] data) {
        List<String> lines = new ArrayList<>();
        LogFrames.split(data, 0, lines::add);
        return lines;
    }

    @Test
    void linesSpanFramesAndStreams() {
        assertEquals(List.of("starting", "warn: x", "ready"), lines(frames(1, "start", 1, "ing\nwarn", 2, ": x\n", 1, "ready\n")));
    }

    @Test
    void aCharacterCutBetweenFramesStaysWhole() {
        byte[] word = "grüße\n".getBytes(StandardCharsets.UTF_8);
        byte[] first = java.util.Arrays.copyOfRange(word, 0, 3);
        byte[] rest = java.util.Arrays.copyOfRange(word, 3, word.length);
        assertEquals(List.of("grüße"), lines(frames(1, first, 1, rest)));
    }

    @Test
    void theLastLineNeedsNoNewline() {
        assertEquals(List.of("a", "b"), lines(frames(1, "a\nb")));
    }

    @Test
    void aTerminalsOutputIsNotFramed() {
        assertEquals(List.of("$ ls", "bin"), lines("$ ls\nbin\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), lines(new byte[0]));
    }
}
