package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** shell: parameters, skip and failures as Maven sees them. */
@MojoTest
class ShellMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "shell", pom = POM)
    @MojoParameter(name = "command", value = "ls /")
    @MojoParameter(name = "version", value = "2")
    @MojoParameter(name = "keep", value = "true")
    void bindsItsParameters(ShellMojo mojo) throws Exception {
        assertEquals("ls /", value(mojo, "command"));
        assertEquals("2", value(mojo, "version"));
        assertEquals(true, value(mojo, "keep"));
    }

    @Test
    @InjectMojo(goal = "shell", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(ShellMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "shell", pom = POM)
    @MojoParameter(name = "version", value = "abc")
    void aWrongValueIsTheUsersMistake(ShellMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.version: 'abc' is not a version; use latest (the default)");
    }

    @Test
    @InjectMojo(goal = "shell", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    @MojoParameter(name = "command", value = "true")
    void anEngineThatDoesNotAnswerIsAnExecutionError(ShellMojo mojo) {
        assertEngineFailure(mojo);
    }
}
