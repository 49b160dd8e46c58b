package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** pull: parameters, skip and failures as Maven sees them. */
@MojoTest
class PullMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "pull", pom = POM)
    @MojoParameter(name = "version", value = "3")
    void bindsItsParameters(PullMojo mojo) throws Exception {
        assertEquals("3", value(mojo, "version"));
    }

    @Test
    @InjectMojo(goal = "pull", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(PullMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "pull", pom = POM)
    @MojoParameter(name = "version", value = "abc")
    void aWrongValueIsTheUsersMistake(PullMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.version: 'abc' is not a version; versions are 1, 2, 3");
    }

    @Test
    @InjectMojo(goal = "pull", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(PullMojo mojo) {
        assertEngineFailure(mojo);
    }
}
