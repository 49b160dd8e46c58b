package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.ConfigException;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** Every goal turns dockerbox's failures into Maven's in the same place, the same way. */
class FailureMappingTest {
    private static final class FailingMojo extends AbstractDockerboxMojo {
        private final DockerboxException failure;

        FailingMojo(DockerboxException failure) {
            super(null);
            this.failure = failure;
        }

        @Override
        protected void doExecute() throws DockerboxException {
            throw failure;
        }
    }

    @Test
    void theUsersMistakeFailsTheBuildWithItsOwnMessage() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> new FailingMojo(new ConfigException("dockerbox.box: 'acme/nope' is not a box of <boxes>")).execute());

        assertEquals("dockerbox.box: 'acme/nope' is not a box of <boxes>", e.getMessage());
        assertNull(e.getCause(), "Maven would append the cause's message");
    }

    @Test
    void anEngineOrDiskFailureIsAnExecutionError() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> new FailingMojo(
                new DockerboxException("cannot write target/dockerbox/ports.properties: No space left", new IOException("No space left")))
                .execute());

        assertEquals("cannot write target/dockerbox/ports.properties: No space left", e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void aFailureOfAnyKindThatIsTheUsersMistakeFailsTheBuild() {
        // As a wrong engine setting: an engine failure by type, the user's to fix.
        DockerboxException setting = new DockerboxException("dockerHost and dockerContext were both given") {
            @Override
            public boolean usersMistake() {
                return true;
            }
        };

        assertThrows(MojoFailureException.class, () -> new FailingMojo(setting).execute());
    }
}
