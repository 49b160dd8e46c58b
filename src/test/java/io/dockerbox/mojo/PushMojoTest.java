package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** push: parameters, skip and failures as Maven sees them. */
@MojoTest
class PushMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "push", pom = POM)
    @MojoParameter(name = "version", value = "3")
    @MojoParameter(name = "parents", value = "true")
    void bindsItsParameters(PushMojo mojo) throws Exception {
        assertEquals("3", value(mojo, "version"));
        assertEquals(true, value(mojo, "parents"));
    }

    @Test
    @InjectMojo(goal = "push", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(PushMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "push", pom = POM)
    @MojoParameter(name = "version", value = "abc")
    void aWrongValueIsTheUsersMistake(PushMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.version: 'abc' is not a version; versions are 1, 2, 3");
    }

    @Test
    @InjectMojo(goal = "push", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(PushMojo mojo) {
        assertEngineFailure(mojo);
    }
}
