package io.dockerbox.mojo;

import io.dockerbox.engine.EngineException;
import io.dockerbox.run.Cleanup;
import io.dockerbox.run.StopService;
import java.util.Map;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        var project = projectInfo();
        Cleanup cleanup = (Cleanup) getPluginContext().remove(CLEANUP);
        try {
            StopService service = new StopService(engine(), output());
            Map<String, Boolean> containers;
            if (cleanup != null) {
                containers = Map.copyOf(cleanup.containers());
            } else if (mojoExecution.getSource() == MojoExecution.Source.CLI) {
                containers = service.leftRunning(project);
            } else {
                output().info("nothing to stop: dockerbox:start did not run in this build");
                return;
            }
            if (containers.isEmpty()) {
                output().info("nothing to stop: no running box of " + project.coordinates());
            }
            service.stop(project, containers);
            // Only once stop succeeded: otherwise the hook tries again when Maven ends.
            if (cleanup != null) {
                cleanup.disarm();
            }
        } catch (EngineException e) {
            throw engineError(e.getMessage(), e);
        }
    }
}
