package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import org.apache.maven.plugins.annotations.Mojo;

/** Lists every version of the box ({@code -Ddockerbox.box} for another): kind, created, size, parent, message, latest. */
@Mojo(name = "snapshots", threadSafe = true)
public class SnapshotsMojo extends AbstractDockerboxMojo {

    @Override
    protected void doExecute() throws DockerboxException {
        services().snapshots().list(config().target().name());
    }
}
