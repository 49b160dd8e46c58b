package io.dockerbox.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockerbox.engine.ContainerStats;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusServiceTest {
    @Test
    void aBoxIsBusyFromHalfACoreOn() {
        assertEquals("49.9", StatusService.cpuCell(Optional.of(new ContainerStats(49.94, 1, 2))));
        assertEquals("50.0 BUSY", StatusService.cpuCell(Optional.of(new ContainerStats(50.0, 1, 2))));
        assertEquals("183.2 BUSY", StatusService.cpuCell(Optional.of(new ContainerStats(183.2, 1, 2))));
        assertEquals("-", StatusService.cpuCell(Optional.empty()));
    }
}
