package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** revert: parameters, skip and failures as Maven sees them. */
@MojoTest
class RevertMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "revert", pom = POM)
    @MojoParameter(name = "version", value = "3")
    void bindsItsParameters(RevertMojo mojo) throws Exception {
        assertEquals("3", value(mojo, "version"));
    }

    @Test
    @InjectMojo(goal = "revert", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(RevertMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "revert", pom = POM)
    @MojoParameter(name = "version", value = "0")
    void aWrongValueIsTheUsersMistake(RevertMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.version: '0' is not a version; versions are 1, 2, 3");
    }

    @Test
    @InjectMojo(goal = "revert", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(RevertMojo mojo) {
        assertEngineFailure(mojo);
    }
}
