package io.dockerbox.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileFromTest {
    @Test
    void theLastFromLineIsTheFinalStage() {
        String text = "ARG X\nFROM golang:1 AS build\nRUN make\nfrom --platform=linux/amd64 acme/base AS final\nCOPY --from=build /a /a\n";
        assertEquals("acme/base", DockerfileFrom.image(text));
        assertEquals("ARG X\nFROM golang:1 AS build\nRUN make\nfrom --platform=linux/amd64 acme/base:3 AS final\nCOPY --from=build /a /a\n",
                DockerfileFrom.withImage(text, "acme/base:3"));
        assertNull(DockerfileFrom.image("RUN echo no from\n"));
    }

    @Test
    void labelValuesAreQuotedSoTheyCannotChangeTheInstruction() {
        assertEquals("\nLABEL a=\"x \\\"y\\\" \\$HOME \\\\\"\n", BuildService.labelInstruction(Map.of("a", "x \"y\" $HOME \\")));
    }
}
