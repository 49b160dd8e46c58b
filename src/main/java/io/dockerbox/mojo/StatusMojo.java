package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.BoxConfig;
import org.apache.maven.plugins.annotations.Mojo;

/** A table of the project's containers (state, uptime, ports, CPU %, memory) and of its boxes (versions, latest, size). */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractDockerboxMojo {

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        services().status().print(config.project(), config.boxes().stream().map(BoxConfig::name).toList(), ownerHost());
    }
}
