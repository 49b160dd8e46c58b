package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** destroy: parameters, skip and failures as Maven sees them. */
@MojoTest
class DestroyMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "destroy", pom = POM)
    @MojoParameter(name = "volumes", value = "true")
    void removesNothingButContainersUnlessAsked(DestroyMojo mojo) throws Exception {
        assertEquals(false, value(mojo, "images"));
        assertEquals(false, value(mojo, "parents"));
        assertEquals(true, value(mojo, "volumes"));
    }

    @Test
    @InjectMojo(goal = "destroy", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(DestroyMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "destroy", pom = POM)
    @MojoParameter(name = "box", value = "acme/nope")
    void aWrongValueIsTheUsersMistake(DestroyMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.box: 'acme/nope' is not a box of <boxes>");
    }

    @Test
    @InjectMojo(goal = "destroy", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(DestroyMojo mojo) {
        assertEngineFailure(mojo);
    }
}
