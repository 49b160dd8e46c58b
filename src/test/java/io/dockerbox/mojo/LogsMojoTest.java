package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** logs: parameters, skip and failures as Maven sees them. */
@MojoTest
class LogsMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "logs", pom = POM)
    @MojoParameter(name = "follow", value = "true")
    void bindsItsParameters(LogsMojo mojo) throws Exception {
        assertEquals(true, value(mojo, "follow"));
    }

    @Test
    @InjectMojo(goal = "logs", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(LogsMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "logs", pom = POM)
    @MojoParameter(name = "box", value = "acme/nope")
    void aWrongValueIsTheUsersMistake(LogsMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.box: 'acme/nope' is not a box of <boxes>");
    }

    @Test
    @InjectMojo(goal = "logs", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(LogsMojo mojo) {
        assertEngineFailure(mojo);
    }
}
