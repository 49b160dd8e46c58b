package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.build.BuildInputs;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.BuilderChoice;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.PullPolicy;
import io.dockerbox.config.RunConfig;
import io.dockerbox.run.Cleanup;
import io.dockerbox.services.LeasedBuild;
import io.dockerbox.watch.WatchLoop;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The development loop: builds what is out of date, starts the runs as start does (same ports and
 * properties, {@code target/dockerbox/ports.properties}), then watches their inputs until Ctrl-C.
 * A change in a run's {@code <watch><sync>} folder is copied into the running container; any other
 * change of a box's inputs rebuilds the boxes whose inputs digest changed, down the chain, and replaces
 * the container on the same host ports. Ctrl-C stops what it started the way stop does.
 *
 * @since 0.2.0
 */
@Mojo(name = "watch", threadSafe = true)
public class WatchMojo extends AbstractRunMojo {
    /**
     * When parents are pulled from their registry: {@code missing}, {@code always} or {@code never}, as
     * for build. Maven's offline mode ({@code -o}) means never.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.PULL, defaultValue = "missing")
    private String pull;

    /**
     * Which of the engine's builders builds the boxes: {@code auto}, {@code buildkit} or {@code classic}, as for build.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.BUILDER, defaultValue = "auto")
    private String builder;

    /**
     * This machine's name in the {@code dockerbox.owner} label of the containers watch starts, as for
     * start. Default: the host name.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.OWNER_HOST)
    private String ownerHost;

    @Inject
    public WatchMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        DockerboxConfig config = config();
        PullPolicy policy = PullPolicy.parse(pull, offline());
        BuilderChoice choice = BuilderChoice.parse(builder);
        Map<String, Path> contexts = new HashMap<>();
        for (BoxConfig box : config.boxes()) {
            if (!box.pullOnly()) {
                contexts.put(box.name(), box.context());
            }
        }
        List<RunConfig> runs = runConfigs(config, contexts);
        List<BoxConfig> targets = config.buildTargets(runs.stream().map(RunConfig::box).toList());
        // Contexts and templates first: their mistakes fail the goal before the engine is asked anything.
        BuildInputs inputs = BuildInputs.read(config, targets);
        Map<String, String> known = knownProperties();
        LeasedBuild lease = buildLease(ownerHost);
        Cleanup cleanup = services().run().cleanup(config.project());
        // Maven may end the build without Ctrl-C (a failure) while the JVM lives on (mvnd).
        lease.atEnd(cleanup::runAtBuildEnd);
        services().watch(policy, choice).run(new WatchLoop.Setup(config, targets, inputs, runs, known, lease.lease(), cleanup,
                published -> published.forEach(project().getProperties()::setProperty)));
    }
}
