package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DockerJavaTransfersTest {
    @Test
    void theEnginesJsonMessageIsTheReason() {
        assertEquals("manifest for a:1 not found: manifest unknown",
                DockerJavaTransfers.reason("Status 404: {\"message\":\"manifest for a:1 not found: manifest unknown\"}\n"));
        assertEquals("say \"hi\"", DockerJavaTransfers.reason("Status 500: {\"message\": \"say \\\"hi\\\"\"}"));
        assertEquals("plain text", DockerJavaTransfers.reason(" plain text "));
        assertEquals("unknown error", DockerJavaTransfers.reason(null));
    }
}
