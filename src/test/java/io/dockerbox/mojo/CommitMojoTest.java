package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** commit: parameters, skip and failures as Maven sees them. */
@MojoTest
class CommitMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "commit", pom = POM)
    @MojoParameter(name = "container", value = "site-1")
    @MojoParameter(name = "message", value = "synced")
    @MojoParameter(name = "fork", value = "acme/fork")
    @MojoParameter(name = "stop", value = "true")
    @MojoParameter(name = "commitVolumes", value = "all")
    void bindsItsParameters(CommitMojo mojo) throws Exception {
        assertEquals("all", value(mojo, "commitVolumes"));
        assertEquals("site-1", value(mojo, "container"));
        assertEquals("synced", value(mojo, "message"));
        assertEquals("acme/fork", value(mojo, "fork"));
        assertEquals(true, value(mojo, "latest"));
        assertEquals(true, value(mojo, "stop"));
    }

    @Test
    @InjectMojo(goal = "commit", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(CommitMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "commit", pom = POM)
    @MojoParameter(name = "fork", value = "Acme/Site")
    void aWrongValueIsTheUsersMistake(CommitMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.fork: 'Acme/Site' is not a valid image repository name");
    }

    @Test
    @InjectMojo(goal = "commit", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(CommitMojo mojo) {
        assertEngineFailure(mojo);
    }
}
