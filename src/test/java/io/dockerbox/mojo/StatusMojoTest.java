package io.dockerbox.mojo;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** status: skip and failures as Maven sees them. */
@MojoTest
class StatusMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "status", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(StatusMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    @MojoParameter(name = "box", value = "acme/nope")
    void aWrongValueIsTheUsersMistake(StatusMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.box: 'acme/nope' is not a box of <boxes>");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(StatusMojo mojo) {
        assertEngineFailure(mojo);
    }
}
