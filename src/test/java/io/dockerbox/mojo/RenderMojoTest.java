package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

@MojoTest
class RenderMojoTest extends MojoTestBase {

    @Test
    @InjectMojo(goal = "render", pom = POM)
    void bindsTheBoxesAndSettingsOfThePom(RenderMojo mojo) throws Exception {
        assertEquals(Map.of("motd", "hello", "apiToken", "s3cr3t-token"), value(mojo, "settings"));
        assertEquals(List.of("motd"), value(mojo, "secrets"));
        List<Box> boxes = value(mojo, "boxes");
        assertEquals("it-mojo/app", boxes.get(1).getName());
        assertEquals(file("boxes/app"), boxes.get(1).getDirectory(), "relative to the project, as Maven aligns a File");
        assertEquals(Map.of("GREETING", "hi"), boxes.get(1).getBuildArgs());
        assertEquals(false, value(mojo, "skip"));
    }

    @Test
    @InjectMojo(goal = "render", pom = POM)
    void rendersEveryBoxWithoutAnEngine(RenderMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "dockerHost", NO_ENGINE);
        execute(mojo);
        Path target = Path.of(mojo.project().getBuild().getDirectory(), "dockerbox");
        assertTrue(Files.readString(target.resolve("it-mojo_base/Dockerfile")).contains("RUN echo 'hello' > /etc/motd"));
    }

    @Test
    @InjectMojo(goal = "render", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipsWithSkip(RenderMojo mojo) throws Exception {
        assertSkipped(mojo, "dockerbox.skip=true");
    }

    @Test
    @InjectMojo(goal = "render", pom = POM)
    @MojoParameter(name = "box", value = "acme/nope")
    void anUnknownBoxIsTheUsersMistake(RenderMojo mojo) {
        assertUsersMistake(mojo, "dockerbox.box: 'acme/nope' is not a box of <boxes>");
    }

    @Test
    @InjectMojo(goal = "render", pom = POM)
    void aFolderItCannotWriteIsAnExecutionError(RenderMojo mojo) throws Exception {
        Path blocked = Path.of(mojo.project().getBuild().getDirectory());
        Files.createDirectories(blocked.getParent());
        deleteRecursively(blocked);
        Files.writeString(blocked, "a file where target/ should be");
        try {
            MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> execute(mojo));
            assertTrue(e.getMessage().startsWith("cannot write the rendered Dockerfiles"), e.getMessage());
        } finally {
            Files.delete(blocked);
        }
    }
}
