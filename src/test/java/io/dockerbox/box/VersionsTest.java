package io.dockerbox.box;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockerbox.engine.ImageInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionsTest {
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
}
