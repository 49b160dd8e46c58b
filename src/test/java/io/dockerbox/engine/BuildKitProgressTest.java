package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How BuildKit's progress is told, from traces made here; BuildKitBuildTest reads captured ones. */
class BuildKitProgressTest {
    private final List<String> output = new ArrayList<>();
    private final BuildKitProgress progress = new BuildKitProgress(output::add);

    private static Instant at(double seconds) {
        return Instant.ofEpochSecond(1_000, 0).plusMillis(Math.round(seconds * 1000));
    }

    private static BuildKitTrace.Vertex vertex(Double started, Double completed) {
        return new BuildKitTrace.Vertex("sha256:a", "[internal] load build context", false, started == null ? null : at(started),
                completed == null ? null : at(completed), null);
    }

    private static BuildKitTrace.Vertex other(Double started, Double completed) {
        return new BuildKitTrace.Vertex("sha256:b", "[1/2] FROM base", false, started == null ? null : at(started),
                completed == null ? null : at(completed), null);
    }

    private void accept(BuildKitTrace.Vertex... vertexes) {
        progress.accept(new BuildKitTrace(List.of(vertexes), List.of(), List.of()));
    }

    private void accept(BuildKitTrace.Status status) {
        progress.accept(new BuildKitTrace(List.of(), List.of(status), List.of()));
    }

    private static BuildKitTrace.Status transfer(long bytes, double now, Double completed) {
        return new BuildKitTrace.Status("transferring context:", "sha256:a", bytes, 0, at(now), at(0), completed == null ? null : at(completed));
    }

    @Test
    void aStepDoneAndStartedAgainInTheNextMessageIsDoneOnceWithTheTimeOfItsWork() {
        accept(vertex(0.0, 0.0));
        accept(vertex(0.0, null));
        accept(vertex(0.0, 3.2));
        progress.releaseDone();
        assertEquals(List.of("#1 [internal] load build context", "#1 DONE 3.2s"), output);
    }

    @Test
    void aDoneStepIsToldWhenTheNextMessageDoesNotStartItAgain() {
        accept(vertex(0.0, 0.4));
        assertEquals(List.of("#1 [internal] load build context"), output, "held for one message");
        accept(other(0.5, null));
        assertEquals(List.of("#1 [internal] load build context", "#1 DONE 0.4s", "#2 [1/2] FROM base"), output);
    }

    @Test
    void aStepStartedAgainAfterItsDoneWasToldIsNamedAgainAndDoneAgain() {
        accept(vertex(0.0, 0.0));
        accept(other(0.1, null));
        accept(vertex(0.0, null));
        accept(vertex(0.0, 2.0));
        progress.releaseDone();
        assertEquals(List.of("#1 [internal] load build context", "#1 DONE 0.0s", "#2 [1/2] FROM base",
                "#1 [internal] load build context", "#1 DONE 2.0s"), output);
    }

    @Test
    void aLongTransferGetsALineEveryFiveSecondsOfBuildKitsTimeAndOneWhenItEnds() {
        accept(vertex(0.0, null));
        accept(transfer(0, 0.0, null));
        for (int tenth = 1; tenth <= 120; tenth++) {
            accept(transfer(tenth * 1_000_000L, tenth / 10.0, null));
        }
        accept(transfer(121_000_000L, 12.1, 12.1));
        assertEquals(List.of("#1 [internal] load build context", "#1 transferring context: 50.00MB 5.0s",
                "#1 transferring context: 100.00MB 10.0s", "#1 transferring context: 121.00MB 12.1s done"), output);
    }

    @Test
    void aPartIsDoneOnceAndAgainOnlyWhenBuildKitRunsItAgain() {
        accept(vertex(0.0, null));
        accept(transfer(5, 0.2, 0.2));
        accept(transfer(5, 0.2, 0.2));
        accept(new BuildKitTrace.Status("transferring context:", "sha256:a", 7, 0, at(2), at(1), at(2)));
        assertEquals(List.of("#1 [internal] load build context", "#1 transferring context: 5B 0.2s done",
                "#1 transferring context: 7B 1.0s done"), output);
    }

    @Test
    void aPartWithATotalTellsBoth() {
        accept(vertex(0.0, null));
        accept(new BuildKitTrace.Status("sha256:123", "sha256:a", 512, 2_048_000, at(1), at(0), at(1)));
        assertEquals("#1 sha256:123 512B / 2.05MB 1.0s done", output.get(1));
    }

    @Test
    void bytesAreCountedInPowersOfAThousandAsTheCliCountsThem() {
        assertEquals("387B", BuildKitProgress.bytes(387));
        assertEquals("32.77kB", BuildKitProgress.bytes(32_768));
        assertEquals("200.29MB", BuildKitProgress.bytes(200_290_763));
        assertEquals("1.50GB", BuildKitProgress.bytes(1_500_000_000L));
    }
}
