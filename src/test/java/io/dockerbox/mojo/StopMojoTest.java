package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** stop: it reads no boxes, only the engine settings and the switches it shares with start. */
@MojoTest
class StopMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "stop", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void inABuildWhereStartDidNotRunItAsksNoEngine(StopMojo mojo) throws Exception {
        execute(mojo);
        assertEquals(java.util.List.of("nothing to stop: dockerbox:start did not run in this build"), logged());
    }

    @Test
    @InjectMojo(goal = "stop", pom = POM)
    @MojoParameter(name = "ownerHost", value = "ci-runner-3")
    void bindsTheMachineNameByWhichItTellsAStartStillRunning(StopMojo mojo) throws Exception {
        assertEquals("ci-runner-3", value(mojo, "ownerHost"));
    }

    @Test
    @InjectMojo(goal = "stop", pom = POM)
    @MojoParameter(name = "skipRun", value = "true")
    void skipsWithSkipRun(StopMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skipRun=true");
    }

    @Test
    @InjectMojo(goal = "stop", pom = POM)
    @MojoParameter(name = "skipITs", value = "true")
    void skipsWithTheIntegrationTests(StopMojo mojo) throws Exception {
        assertSkipped(mojo, "skipITs=true");
    }

    @Test
    @InjectMojo(goal = "stop", pom = POM)
    @MojoParameter(name = "skipTests", value = "true")
    void skipsWithAllTests(StopMojo mojo) throws Exception {
        assertSkipped(mojo, "skipTests=true");
    }

    @Test
    @InjectMojo(goal = "stop", pom = POM)
    @MojoParameter(name = "mavenTestSkip", value = "true")
    void skipsWithMavenTestSkip(StopMojo mojo) throws Exception {
        assertSkipped(mojo, "maven.test.skip=true");
    }

    @Test
    @InjectMojo(goal = "stop", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(StopMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "stop", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    @MojoParameter(name = "dockerContext", value = "default")
    void twoEnginesAtOnceAreTheUsersMistake(StopMojo mojo) throws Exception {
        standalone(mojo);
        assertUsersMistake(mojo, "both -Ddockerbox.dockerHost (" + NO_ENGINE + ") and -Ddockerbox.dockerContext (default)");
    }

    @Test
    @InjectMojo(goal = "stop", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void onItsOwnItAsksTheEngineWhatIsLeftRunning(StopMojo mojo) throws Exception {
        standalone(mojo);
        assertEngineFailure(mojo);
    }
}
