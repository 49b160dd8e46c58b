package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Renders every box's Dockerfile to {@code target/dockerbox/<box>/Dockerfile}; needs no engine. */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class RenderMojo extends AbstractDockerboxMojo {

    @Override
    protected void doExecute() throws DockerboxException {
        services().render().renderAll(config());
    }
}
