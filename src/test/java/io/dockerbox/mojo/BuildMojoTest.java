package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** build: parameters, skip switches and failures as Maven sees them. */
@MojoTest
class BuildMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "build", pom = POM)
    @MojoParameter(name = "pull", value = "always")
    @MojoParameter(name = "builder", value = "buildkit")
    void bindsItsParameters(BuildMojo mojo) throws Exception {
        assertEquals("always", value(mojo, "pull"));
        assertEquals("buildkit", value(mojo, "builder"));
        assertEquals(false, value(mojo, "skipBuild"));
        Run run = value(mojo, "run");
        assertEquals(java.util.List.of("app.port:80"), run.getPorts());
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    @MojoParameter(name = "skipBuild", value = "true")
    void skipsWithSkipBuild(BuildMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skipBuild=true");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(BuildMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    @MojoParameter(name = "builder", value = "kit")
    void anUnknownBuilderIsTheUsersMistake(BuildMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.builder: 'kit' is not a builder; use auto (the default), buildkit or classic");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    @MojoParameter(name = "pull", value = "sometimes")
    void aWrongValueIsTheUsersMistake(BuildMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.pull: 'sometimes' is not a pull policy; use always, missing (the default) or never");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(BuildMojo mojo) {
        assertEngineFailure(mojo);
    }
}
