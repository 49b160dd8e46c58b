package io.dockerbox.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileFromTest {
    @Test
    void theImagesOfTheOtherStagesAreThoseNotMadeInTheDockerfile() {
        String text = "ARG GO=golang:1\nFROM maven:3.9 AS build\nFROM build AS test\nFROM ${GO} AS gen\nfrom scratch AS empty\n"
                + "FROM maven:3.9 AS again\nFROM node:20 as web\nFROM acme/base\nCOPY --from=build /a /a\n";
        assertEquals(java.util.List.of("maven:3.9", "node:20"), DockerfileFrom.stageImages(text));
        assertEquals(java.util.List.of(), DockerfileFrom.stageImages("FROM acme/base\nRUN make\n"));
    }

    @Test
    void theLastFromLineIsTheFinalStage() {
        String text = "ARG X\nFROM golang:1 AS build\nRUN make\nfrom --platform=linux/amd64 acme/base AS final\nCOPY --from=build /a /a\n";
        assertEquals("acme/base", DockerfileFrom.image(text));
        assertEquals("ARG X\nFROM golang:1 AS build\nRUN make\nfrom --platform=linux/amd64 acme/base:3 AS final\nCOPY --from=build /a /a\n",
                DockerfileFrom.withImage(text, "acme/base:3"));
        assertNull(DockerfileFrom.image("RUN echo no from\n"));
    }

    @Test
    void theOtherStagesGetTheirPinnedImagesAndTheLastFromLineStays() {
        String text = "FROM maven:3.9 AS build\nFROM node:20 as web\nFROM maven:3.9 AS again\nFROM maven:3.9\n";
        assertEquals("FROM sha256:m AS build\nFROM node:20 as web\nFROM sha256:m AS again\nFROM maven:3.9\n",
                DockerfileFrom.withStageImages(text, Map.of("maven:3.9", "sha256:m")));
    }

    @Test
    void labelValuesAreQuotedSoTheyCannotChangeTheInstruction() {
        assertEquals("\nLABEL a=\"x \\\"y\\\" \\$HOME \\\\\"\n", BuildService.labelInstruction(Map.of("a", "x \"y\" $HOME \\")));
    }
}
