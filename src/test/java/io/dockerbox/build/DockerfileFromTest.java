package io.dockerbox.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dockerbox.engine.ImageInfo;
import java.util.List;
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
    void versionsAreTheNumericTagsOfTheRepository() {
        List<ImageInfo> images = List.of(
                new ImageInfo("1", List.of("acme/site:1", "acme/site:latest"), Map.of(), 0, 0),
                new ImageInfo("2", List.of("acme/site:12", "acme/site:test", "acme/site-other:99"), Map.of(), 0, 0),
                new ImageInfo("3", List.of("docker.io/acme/site:13"), Map.of(), 0, 0));
        assertEquals(13, Versions.highest(images, "acme/site"));
        assertEquals(0, Versions.version("acme/site:latest", "acme/site"));
        assertEquals(0, Versions.version("localhost:5000/acme/site", "acme/site"));
        assertEquals(0, Versions.parse("1234567890"));
    }

    @Test
    void labelValuesAreQuotedSoTheyCannotChangeTheInstruction() {
        assertEquals("\nLABEL a=\"x \\\"y\\\" \\$HOME \\\\\"\n", BuildService.labelInstruction(Map.of("a", "x \"y\" $HOME \\")));
    }
}
