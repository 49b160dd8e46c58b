package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.ConfigException;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.RunConfig;
import io.dockerbox.run.Cleanup;
import io.dockerbox.services.LeasedBuild;
import io.dockerbox.run.RunService;
import io.dockerbox.run.StartedContainer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Starts the project's box from its {@code latest} image, publishes its ports as Maven properties,
 * and waits until it is ready. In a build, whatever happens, the containers are gone when Maven
 * ends (stop, or a shutdown hook); on its own ({@code mvn dockerbox:start}) the box keeps running.
 *
 * @since 0.1.0
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StartMojo extends AbstractRunMojo {
    /**
     * Skips start and stop.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP_RUN, defaultValue = "false")
    private boolean skipRun;

    /**
     * Skips start and stop with the integration tests.
     *
     * @since 0.1.0
     */
    @Parameter(property = "skipITs", defaultValue = "false")
    private boolean skipITs;

    /**
     * Skips start and stop with all tests.
     *
     * @since 0.1.0
     */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /**
     * Skips start and stop with all tests.
     *
     * @since 0.1.0
     */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    /**
     * This machine's name in the {@code dockerbox.owner} label of temporary containers, by which a later
     * start or status on the same machine tells whether the Maven that made them still runs. Default:
     * the host name. Set it where several machines (CI containers, say) share one engine under one host name.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.OWNER_HOST)
    private String ownerHost;

    @Inject
    public StartMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected String skipReason() throws ConfigException {
        return LifecycleSkip.reason(flag("skipRun", PropertyNames.SKIP_RUN, skipRun), skipITs, skipTests, mavenTestSkip);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        DockerboxConfig config = config();
        List<RunConfig> runs = runConfigs(config);
        boolean standalone = standalone();
        Map<String, String> known = knownProperties();
        LeasedBuild lease = buildLease(ownerHost);
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
