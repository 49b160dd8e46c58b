package io.dockerbox.mojo;

import io.dockerbox.build.RenderService;
import io.dockerbox.render.RenderException;
import io.dockerbox.render.TemplateRenderer;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Renders every box's Dockerfile to {@code target/dockerbox/<box>/Dockerfile}; needs no engine. */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class RenderMojo extends AbstractDockerboxMojo {

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        var config = config();
        try {
            new RenderService(new TemplateRenderer(), output()).renderAll(config);
        } catch (RenderException e) {
            throw userError(e);
        } catch (IOException e) {
            throw engineError("cannot write the rendered Dockerfiles: " + e.getMessage(), e);
        }
    }
}
