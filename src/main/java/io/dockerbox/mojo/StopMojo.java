package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.ConfigException;
import io.dockerbox.config.PropertyValues;
import io.dockerbox.run.Cleanup;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Stops what start brought up in this build, and only that: temporary containers are removed with
 * their anonymous volumes, persistent ones stopped. On its own ({@code mvn dockerbox:stop}) it stops
 * the boxes a standalone start left running, and the project's persistent boxes. It finds them by
 * their labels, so it reads no box or run configuration.
 *
 * @since 0.1.0
 */
@Mojo(name = "stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class StopMojo extends AbstractDockerboxMojo {
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
     * This machine's name in the {@code dockerbox.owner} label of temporary containers: stop on its own
     * leaves alone the containers a start in another terminal is still bringing up, unless the Maven
     * of that start is gone, which only its own machine can tell. Default: the host name.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.OWNER_HOST)
    private String ownerHost;

    @Inject
    public StopMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected String skipReason() throws ConfigException {
        return LifecycleSkip.reason(flag("skipRun", PropertyNames.SKIP_RUN, skipRun), skipITs, skipTests, mavenTestSkip);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        var project = projectInfo();
        Cleanup cleanup = (Cleanup) getPluginContext().remove(AbstractRunMojo.CLEANUP);
        if (cleanup != null) {
            services().stop().stop(project, cleanup);
        } else if (standalone()) {
            services().stop().stopLeftRunning(project, PropertyValues.ownerHost(ownerHost));
        } else {
            output().info("nothing to stop: dockerbox:start did not run in this build");
        }
    }
}
