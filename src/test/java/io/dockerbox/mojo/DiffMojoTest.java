package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** diff: parameters, skip and failures as Maven sees them. */
@MojoTest
class DiffMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "diff", pom = POM)
    @MojoParameter(name = "container", value = "site-kept")
    @MojoParameter(name = "commitVolumes", value = "all")
    void bindsItsParameters(DiffMojo mojo) throws Exception {
        assertEquals("site-kept", value(mojo, "container"));
        assertEquals("all", value(mojo, "commitVolumes"));
    }

    @Test
    @InjectMojo(goal = "diff", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(DiffMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "diff", pom = POM)
    @MojoParameter(name = "commitVolumes", value = "some")
    void aWrongValueIsTheUsersMistake(DiffMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.commitVolumes: 'some' is not one of anonymous");
    }

    @Test
    @InjectMojo(goal = "diff", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(DiffMojo mojo) {
        assertEngineFailure(mojo);
    }
}
