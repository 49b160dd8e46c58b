package io.dockerbox.box;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnerTest {
    @Test
    void theLabelReadsBackAsTheSameOwner() {
        Owner owner = new Owner("ci-runner-3.example.org", 4242, 1764480000123L);
        assertEquals("ci-runner-3.example.org/4242/1764480000123", owner.label());
        assertEquals(Optional.of(owner), Owner.parse(owner.label()));
    }

    @Test
    void aLabelOfAnotherShapeIsNoOwner() {
        for (String label : new String[] {null, "", "host", "host/12", "/12/34", "host/x/34", "host/12/"}) {
            assertTrue(Owner.parse(label).isEmpty(), label);
        }
        assertThrows(IllegalArgumentException.class, () -> new Owner("a/b", 1, 2));
    }

    @Test
    void onItsOwnHostAnOwnerIsAliveWhileItsPidRunsWithTheSameStart() {
        Owner owner = new Owner("here", 100, 5000);
        assertEquals(Owner.Liveness.ALIVE, owner.liveness("here", pid -> Optional.of(5000L)));
        assertEquals(Owner.Liveness.GONE, owner.liveness("here", pid -> Optional.empty()), "no such process");
        assertEquals(Owner.Liveness.GONE, owner.liveness("here", pid -> Optional.of(9000L)), "the pid was reused by a later process");
        assertEquals(Owner.Liveness.ALIVE, owner.liveness("here", pid -> Optional.of(5000L + Owner.SAME_START_MILLIS)),
                "the same process, its start read after the clock was set: a live build's containers stay");
        assertEquals(Owner.Liveness.GONE, owner.liveness("here", pid -> Optional.of(5001L + Owner.SAME_START_MILLIS)));
        assertEquals(Owner.Liveness.ALIVE, owner.liveness("here", pid -> Optional.of(0L)), "a start the system does not tell: left alone");
    }

    @Test
    void fromAnotherHostNobodyCanTell() {
        assertEquals(Owner.Liveness.UNKNOWN, new Owner("there", 100, 5000).liveness("here", pid -> Optional.empty()));
    }

    @Test
    void thisJvmIsAliveAndAnEndedProcessIsGone() throws Exception {
        assertEquals(Owner.Liveness.ALIVE, Owner.current("here").liveness("here"));
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        ProcessHandle.Info info = ended.info();
        assertEquals(Owner.Liveness.GONE, new Owner("here", ended.pid(), info.startInstant().map(i -> i.toEpochMilli()).orElse(1L))
                .liveness("here"));
    }
}
