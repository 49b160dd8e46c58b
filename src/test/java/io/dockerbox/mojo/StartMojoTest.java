package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** start: parameters, the four ways to skip it, and failures as Maven sees them. */
@MojoTest
class StartMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "start", pom = POM)
    @MojoParameter(name = "ownerHost", value = "ci-runner-3")
    void bindsItsParameters(StartMojo mojo) throws Exception {
        assertEquals("ci-runner-3", value(mojo, "ownerHost"));
        Run run = value(mojo, "run");
        assertEquals("app.port", run.getWait().getTcp());
        assertEquals("5", run.getWait().getTimeout());
        assertEquals(false, value(mojo, "persistent"));
        assertEquals(false, value(mojo, "skipRun"));
    }

    @Test
    @InjectMojo(goal = "start", pom = POM)
    @MojoParameter(name = "skipRun", value = "true")
    void skipsWithSkipRun(StartMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skipRun=true");
    }

    @Test
    @InjectMojo(goal = "start", pom = POM)
    @MojoParameter(name = "skipITs", value = "true")
    void skipsWithTheIntegrationTests(StartMojo mojo) throws Exception {
        assertSkipped(mojo, "skipITs=true");
    }

    @Test
    @InjectMojo(goal = "start", pom = POM)
    @MojoParameter(name = "skipTests", value = "true")
    void skipsWithAllTests(StartMojo mojo) throws Exception {
        assertSkipped(mojo, "skipTests=true");
    }

    @Test
    @InjectMojo(goal = "start", pom = POM)
    @MojoParameter(name = "mavenTestSkip", value = "true")
    void skipsWithMavenTestSkip(StartMojo mojo) throws Exception {
        assertSkipped(mojo, "maven.test.skip=true");
    }

    @Test
    @InjectMojo(goal = "start", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(StartMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "start", pom = POM)
    @MojoParameter(name = "box", value = "acme/nope")
    void aWrongValueIsTheUsersMistake(StartMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.box: 'acme/nope' is not a box of <boxes>");
    }

    @Test
    @InjectMojo(goal = "start", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(StartMojo mojo) {
        assertEngineFailure(mojo);
    }
}
