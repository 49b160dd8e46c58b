package io.dockerbox.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaskerTest {
    @Test
    void masksEverySecretLongestFirst() {
        Masker masker = new Masker(List.of("pw", "pw-longer", ""));
        assertEquals("a **** b **** c", masker.mask("a pw-longer b pw c"));
        assertEquals("nothing", masker.mask("nothing"));
    }

    @Test
    void aWrappedOutputMasksEveryLevel() {
        StringBuilder seen = new StringBuilder();
        Output raw = new Output() {
            public void info(String m) { seen.append(m).append('|'); }
            public void warn(String m) { seen.append(m).append('|'); }
            public void debug(String m) { seen.append(m).append('|'); }
            public boolean isDebugEnabled() { return true; }
        };
        Output out = new Masker(List.of("hunter2")).wrap(raw);
        out.info("i hunter2");
        out.warn("w hunter2");
        out.debug("d hunter2");
        assertEquals("i ****|w ****|d ****|", seen.toString());
    }
}
