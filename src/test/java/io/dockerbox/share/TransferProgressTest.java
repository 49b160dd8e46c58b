package io.dockerbox.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.log.RecordingOutput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferProgressTest {
    private final RecordingOutput out = new RecordingOutput();
    private final List<String> lines = out.lines();

    @Test
    void batchModeSummarisesInsteadOfPrintingEveryEvent() {
        TransferProgress progress = new TransferProgress("pushing", "r:1/a:1", out, null);
        progress.update("aaaaaaaaaaaa", "Preparing", -1, -1);
        progress.update("bbbbbbbbbbbb", "Preparing", -1, -1);
        for (int i = 0; i <= 100; i++) {
            progress.update("aaaaaaaaaaaa", "Pushing", i * 30_000L, 3_000_000L);
        }
        progress.update("aaaaaaaaaaaa", "Pushed", -1, -1);
        progress.update("bbbbbbbbbbbb", "Layer already exists", -1, -1);
        progress.update("1", "digest: sha256:abc size: 528", -1, -1);
        assertTrue(lines.isEmpty(), "no line per event: " + lines);
        assertTrue(progress.summary().startsWith("2 layers (1 already there), 3.0 MB transferred ["), progress.summary());
    }

    @Test
    void aTransferThatEndsEarlySaysHowFarItGot() {
        TransferProgress progress = new TransferProgress("pulling", "r:1/a:1", out, null);
        progress.update("aaaaaaaaaaaa", "Downloading", 10, 100);
        progress.update("bbbbbbbbbbbb", "Pull complete", -1, -1);
        assertTrue(progress.summary().startsWith("1 of 2 layers, 0.0 MB transferred"), progress.summary());
        assertTrue(new TransferProgress("pulling", "x", out, null).summary().startsWith("every layer already there"));
    }

    @Test
    void aTerminalGetsOneLineALayerRedrawnInPlace() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        TransferProgress progress = new TransferProgress("pulling", "r:1/a:1", out, new PrintStream(screen, true, StandardCharsets.UTF_8));
        progress.update("aaaaaaaaaaaa", "Downloading", 1_000_000, 2_000_000);
        progress.update("bbbbbbbbbbbb", "Pull complete", -1, -1);
        progress.update("aaaaaaaaaaaa", "Pull complete", -1, -1);
        String text = screen.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\033[2A"), "moves up over the two layer lines to redraw them");
        assertTrue(text.endsWith("\033[2K  aaaaaaaaaaaa: Pull complete\n\033[2K  bbbbbbbbbbbb: Pull complete\n"), text);
        assertTrue(lines.isEmpty());
    }

    @Test
    void onlyLayerIdsAreLayers() {
        assertTrue(TransferProgress.looksLikeLayer("a2251bd1137d"));
        assertFalse(TransferProgress.looksLikeLayer("latest"));
        assertFalse(TransferProgress.looksLikeLayer("1"));
        assertEquals(false, TransferProgress.looksLikeLayer("localhost:50"));
    }
}
