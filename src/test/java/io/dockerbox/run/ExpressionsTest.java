package io.dockerbox.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionsTest {
    @Test
    void fillsInKnownPropertiesAndLeavesUnknownOnesAsWritten() {
        Map<String, String> values = Map.of("web.port", "32768", "dockerbox.host", "localhost");
        assertEquals("http://localhost:32768/health ${other}",
                Expressions.substitute("http://${dockerbox.host}:${web.port}/health ${other}", values));
    }

    @Test
    void aValueWithDollarsAndBackslashesIsInsertedLiterally() {
        assertEquals("x=a$1\\b", Expressions.substitute("x=${v}", Map.of("v", "a$1\\b")));
        assertNull(Expressions.substitute(null, Map.of()));
    }

    @Test
    void publishHostIsLocalhostForASocketAndTheHostOfATcpEngine() {
        assertEquals("localhost", PublishHost.of("unix:///var/run/docker.sock"));
        assertEquals("10.0.0.5", PublishHost.of("tcp://10.0.0.5:2376"));
        assertEquals("localhost", PublishHost.of("npipe:////./pipe/docker_engine"));
    }
}
