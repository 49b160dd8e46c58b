package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** watch: parameters (the <sync> elements side by side in <watch> included), skip and failures as Maven sees them. */
@MojoTest
class WatchMojoTest extends MojoTestBase {
    @Test
    @InjectMojo(goal = "watch", pom = POM)
    @MojoParameter(name = "pull", value = "never")
    @MojoParameter(name = "builder", value = "classic")
    void bindsItsParameters(WatchMojo mojo) throws Exception {
        assertEquals("never", value(mojo, "pull"));
        assertEquals("classic", value(mojo, "builder"));
        Run run = value(mojo, "run");
        List<Watch.Sync> syncs = run.getWatch().getSyncs();
        assertEquals(List.of("www", "conf"), syncs.stream().map(Watch.Sync::getPath).toList());
        assertEquals(List.of("/www", "/etc/app"), syncs.stream().map(Watch.Sync::getTarget).toList());
        assertEquals("kill -HUP 1", syncs.get(1).getExec());
        assertEquals("false", syncs.get(1).getRestart());
    }

    @Test
    @InjectMojo(goal = "watch", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(WatchMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "watch", pom = POM)
    @MojoParameter(name = "box", value = "it-mojo/base")
    void aSyncOfAFolderThatIsNotInTheBoxsContextIsTheUsersMistakeBeforeTheEngineIsAsked(WatchMojo mojo) {
        // The run starts it-mojo/base now, whose context has no www folder.
        assertUsersMistake(mojo, "<run>: <watch><sync>[1]: <path> 'www' is not a folder: ");
    }

    @Test
    @InjectMojo(goal = "watch", pom = POM)
    @MojoParameter(name = "dockerHost", value = NO_ENGINE)
    void anEngineThatDoesNotAnswerIsAnExecutionError(WatchMojo mojo) {
        assertEngineFailure(mojo);
    }
}
