package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.build.BuildInputs;
import io.dockerbox.build.Summary;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.ConfigException;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.BuilderChoice;
import io.dockerbox.config.PullPolicy;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Builds the project's box on top of its parent chain: missing parents are built or pulled, boxes
 * whose inputs did not change are not rebuilt, and each new image becomes the next numbered version
 * and {@code latest}.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractConfiguredMojo {

    /**
     * Skips the build goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP_BUILD, defaultValue = "false")
    private boolean skipBuild;

    /**
     * When parents are pulled from their registry: {@code missing} (when not in the engine),
     * {@code always} (each build, to get what the team pushed), or {@code never}. Maven's offline
     * mode ({@code -o}) means never.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PULL, defaultValue = "missing")
    private String pull;

    /**
     * Which of the engine's builders builds the boxes: {@code auto} (BuildKit where the engine makes it
     * its default, Docker 23 and later, or where a box's Dockerfile needs it, such as
     * {@code RUN --mount=type=cache}; the classic builder otherwise), {@code buildkit} or {@code classic}.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.BUILDER, defaultValue = "auto")
    private String builder;

    /**
     * The box started by {@code start}: its chain is built too, unless {@code -Ddockerbox.box} names one box.
     *
     * @since 0.1.0
     */
    @Parameter
    private Run run;

    /**
     * The boxes started by {@code start}, replacing {@code <run>}: their chains are built too (independent ones
     * side by side), unless {@code -Ddockerbox.box} names one box.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Run> runs;

    @Inject
    public BuildMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected String skipReason() throws ConfigException {
        return flag("skipBuild", PropertyNames.SKIP_BUILD, skipBuild) ? PropertyNames.SKIP_BUILD + "=true" : null;
    }

    private List<BoxConfig> targets(DockerboxConfig config) {
        return boxChosen() ? List.of(config.target()) : config.buildTargets(Run.given(runs, run).stream().map(Run::getBox).toList());
    }

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        PullPolicy policy = PullPolicy.parse(pull, offline());
        BuilderChoice choice = BuilderChoice.parse(builder);
        List<BoxConfig> targets = targets(config);
        // Contexts and templates first: their mistakes fail the build before the engine is asked anything.
        BuildInputs inputs = BuildInputs.read(config, targets);
        Summary.print(services().build(policy, choice).build(config, targets, inputs), output());
    }
}
