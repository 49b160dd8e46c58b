package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.run.Cleanup;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Stops what start brought up in this build, and only that: temporary containers are removed with
 * their anonymous volumes, persistent ones stopped. On its own ({@code mvn dockerbox:stop}) it stops
 * the boxes a standalone start left running, and the project's persistent boxes.
 */
@Mojo(name = "stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class StopMojo extends AbstractLifecycleRunMojo {

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    protected void doExecute() throws DockerboxException {
        var project = projectInfo();
        Cleanup cleanup = (Cleanup) getPluginContext().remove(CLEANUP);
        if (cleanup != null) {
            services().stop().stop(project, cleanup);
        } else if (mojoExecution.getSource() == MojoExecution.Source.CLI) {
            services().stop().stopLeftRunning(project);
        } else {
            output().info("nothing to stop: dockerbox:start did not run in this build");
        }
    }
}
