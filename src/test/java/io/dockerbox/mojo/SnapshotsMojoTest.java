package io.dockerbox.mojo;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** snapshots: skip and failures as Maven sees them. */
@MojoTest
class SnapshotsMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "snapshots", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(SnapshotsMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "snapshots", pom = POM)
    @MojoParameter(name = "box", value = "acme/nope")
    void aWrongValueIsTheUsersMistake(SnapshotsMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.box: 'acme/nope' is not a box of <boxes>");
    }

    @Test
    @InjectMojo(goal = "snapshots", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(SnapshotsMojo mojo) {
        assertEngineFailure(mojo);
    }
}
