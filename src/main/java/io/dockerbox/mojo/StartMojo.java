package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.RunConfig;
import io.dockerbox.run.Cleanup;
import io.dockerbox.services.LeasedBuild;
import io.dockerbox.run.RunService;
import io.dockerbox.run.StartedContainer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts the project's box from its {@code latest} image, publishes its ports as Maven properties,
 * and waits until it is ready. In a build, whatever happens, the containers are gone when Maven
 * ends (stop, or a shutdown hook); on its own ({@code mvn dockerbox:start}) the box keeps running.
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StartMojo extends AbstractLifecycleRunMojo {

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    protected void doExecute() throws DockerboxException {
        DockerboxConfig config = config();
        List<RunConfig> runs = runConfigs(config);
        boolean standalone = mojoExecution.getSource() == MojoExecution.Source.CLI;
        Map<String, String> known = new TreeMap<>();
        project().getProperties().forEach((k, v) -> known.put(String.valueOf(k), String.valueOf(v)));
        LeasedBuild lease = buildLease();
        RunService service = services().run();
        Cleanup cleanup = service.cleanup(config.project());
        if (!standalone) {
            // The build may end before stop (a later goal fails) while the JVM lives on (mvnd).
            lease.atEnd(cleanup::runAtBuildEnd);
        }
        List<StartedContainer> started = service.start(config.project(), runs, UUID.randomUUID().toString().substring(0, 8), standalone,
                known, cleanup, lease.lease());
        if (!standalone) {
            getPluginContext().put(CLEANUP, cleanup);
        }
        service.publish(config.project(), started).forEach(project().getProperties()::setProperty);
        if (standalone) {
            output().info("left running after Maven ends: mvn dockerbox:stop stops it, target/dockerbox/ports.properties says where it listens");
        }
    }
}
