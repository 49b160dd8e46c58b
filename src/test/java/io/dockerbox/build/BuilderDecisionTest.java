package io.dockerbox.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.config.BuilderChoice;
import io.dockerbox.config.ConfigException;
import io.dockerbox.engine.BuilderSupport;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuilderDecisionTest {
    private static final BuilderSupport DOCKER_20 = new BuilderSupport("1.41", false);
    private static final BuilderSupport DOCKER_23 = new BuilderSupport("1.42", true);
    private static final BuilderSupport OLD = new BuilderSupport("1.38", false);
    private static final String PLAIN = "FROM base:1\nRUN make\nCOPY . /app\n";
    private static final String CACHE = "FROM base:1\n# keeps the downloads\nRUN --mount=type=cache,target=/root/.m2 \\\n    mvn -q package\n";

    private static BuilderDecision decide(BuilderChoice choice, BuilderSupport engine, String text) throws BoxException {
        return BuilderDecision.decide("acme/site", choice, engine, "unix:///var/run/docker.sock", text);
    }

    @Test
    void autoTakesTheEnginesDefaultForAPlainDockerfile() throws BoxException {
        assertEquals("with the classic builder (the engine's default builder)", decide(BuilderChoice.AUTO, DOCKER_20, PLAIN).describe());
        assertEquals("with BuildKit (the engine's default builder)", decide(BuilderChoice.AUTO, DOCKER_23, PLAIN).describe());
    }

    @Test
    void autoTakesBuildKitForADockerfileThatNeedsIt() throws BoxException {
        BuilderDecision decision = decide(BuilderChoice.AUTO, DOCKER_20, CACHE);
        assertTrue(decision.buildKit());
        assertEquals("with BuildKit (the Dockerfile uses RUN --mount)", decision.describe());
        BoxException e = assertThrows(BoxException.class, () -> decide(BuilderChoice.AUTO, OLD, CACHE));
        assertEquals("acme/site: the Dockerfile uses RUN --mount, which only BuildKit builds, but the engine at"
                + " unix:///var/run/docker.sock (API 1.38) has no BuildKit (API 1.39, Docker 18.09, and later)", e.getMessage());
    }

    @Test
    void aChosenBuilderIsUsedOrRefusedWithTheReason() throws BoxException {
        assertEquals("with BuildKit (-Ddockerbox.builder=buildkit)", decide(BuilderChoice.BUILDKIT, DOCKER_20, PLAIN).describe());
        assertEquals("with the classic builder (-Ddockerbox.builder=classic)", decide(BuilderChoice.CLASSIC, DOCKER_23, PLAIN).describe());
        assertEquals("acme/site: the Dockerfile uses RUN --mount, which the classic builder cannot build, but -Ddockerbox.builder=classic;"
                + " use buildkit or auto", assertThrows(BoxException.class, () -> decide(BuilderChoice.CLASSIC, DOCKER_20, CACHE)).getMessage());
        assertTrue(assertThrows(BoxException.class, () -> decide(BuilderChoice.BUILDKIT, OLD, PLAIN)).getMessage()
                .startsWith("acme/site: -Ddockerbox.builder=buildkit, but the engine at unix:///var/run/docker.sock (API 1.38) has no BuildKit"));
    }

    @Test
    void onPodmanAutoLeavesEveryDockerfileToBuildah() throws BoxException {
        BuilderSupport podman = new BuilderSupport("1.41", false, true);
        assertEquals("with the classic builder (Podman builds with Buildah, which knows RUN --mount)",
                decide(BuilderChoice.AUTO, podman, CACHE).describe());
        assertEquals("with the classic builder (the engine's default builder)", decide(BuilderChoice.AUTO, podman, PLAIN).describe());
        assertTrue(assertThrows(BoxException.class, () -> decide(BuilderChoice.BUILDKIT, podman, PLAIN)).getMessage()
                .endsWith("is Podman, which builds with Buildah (it knows RUN --mount too); use auto or classic"));
    }

    @Test
    void aMountThatNeedsAClientSessionIsRefusedUnderAnyBuilder() {
        for (BuilderChoice choice : BuilderChoice.values()) {
            BoxException e = assertThrows(BoxException.class,
                    () -> decide(choice, DOCKER_23, "FROM base:1\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n"));
            assertEquals("acme/site: the Dockerfile uses RUN --mount=type=secret, which needs what the docker CLI serves through its session with the"
                    + " engine, and dockerbox's session serves the build's files only; pass the value as a <buildArgs> entry or a template setting instead (dockerbox's"
                    + " <secrets> keep a value out of the log, not out of the image), or build this box with the docker CLI", e.getMessage());
        }
        assertEquals(Optional.of("RUN --mount=type=ssh"), BuilderDecision.sessionFeature("FROM b\nrun --mount=type=ssh git clone x\n"));
    }

    @Test
    void theFlagsOnlyBuildKitKnowsAreFoundInAnyCaseAndAcrossContinuedLines() {
        assertEquals(Optional.of("COPY --chmod"), BuilderDecision.buildKitFeature("FROM b\ncopy --chmod=755 run.sh /\n"));
        assertEquals(Optional.of("COPY --link"), BuilderDecision.buildKitFeature("FROM b\nCOPY --from=build --link /a /b\n"));
        assertEquals(Optional.of("RUN --network"), BuilderDecision.buildKitFeature("FROM b\nRUN \\\n  --network=none make\n"));
        assertEquals(Optional.of("a # syntax= directive"), BuilderDecision.buildKitFeature("# syntax=docker/dockerfile:1\nFROM b\n"));
        assertEquals(Optional.empty(), BuilderDecision.buildKitFeature("FROM b AS build\nCOPY --from=build --chown=1:1 /a /b\n"
                + "# RUN --mount=type=cache is only a comment here\nRUN echo --mount=type=cache\n"));
    }

    @Test
    void anUnknownBuilderNamesTheAcceptedOnes() {
        assertEquals("dockerbox.builder: 'kit' is not a builder; use auto (the default), buildkit or classic",
                assertThrows(ConfigException.class, () -> BuilderChoice.parse("kit")).getMessage());
    }
}
