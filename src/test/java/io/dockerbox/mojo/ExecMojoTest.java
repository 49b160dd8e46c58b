package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** exec: parameters, skip and failures as Maven sees them. */
@MojoTest
class ExecMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "exec", pom = POM)
    @MojoParameter(name = "command", value = "ls /")
    @MojoParameter(name = "container", value = "site-1")
    void bindsItsParameters(ExecMojo mojo) throws Exception {
        assertEquals("ls /", value(mojo, "command"));
        assertEquals("site-1", value(mojo, "container"));
    }

    @Test
    @InjectMojo(goal = "exec", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void noCommandIsTheUsersMistake(ExecMojo mojo) {
        assertUsersMistake(mojo, "dockerbox:exec needs a command: -Ddockerbox.command=\"...\"");
    }

    @Test
    @InjectMojo(goal = "exec", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(ExecMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "exec", pom = POM)
    @MojoParameter(name = "container", value = "my box")
    @MojoParameter(name = "command", value = "true")
    void aWrongValueIsTheUsersMistake(ExecMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.container: 'my box' is not a container name or id");
    }

    @Test
    @InjectMojo(goal = "exec", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    @MojoParameter(name = "command", value = "true")
    void anEngineThatDoesNotAnswerIsAnExecutionError(ExecMojo mojo) {
        assertEngineFailure(mojo);
    }
}
