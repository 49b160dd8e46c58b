package io.dockerbox.mojo;

import io.dockerbox.config.PropertyValues;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.EngineException;
import io.dockerbox.run.ContainerFinder;
import io.dockerbox.snapshot.SnapshotException;
import io.dockerbox.snapshot.SnapshotService;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Commits the project's container (running or stopped) as the next version of its box, and moves
 * {@code latest} to it; or, with {@code -Ddockerbox.fork}, as version 1 of a new box.
 */
@Mojo(name = "commit", threadSafe = true)
public class CommitMojo extends AbstractRunMojo {
    /**
     * The container to commit, e.g. a kept shell. Default: the project's container.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CONTAINER)
    private String container;

    /**
     * Move {@code latest} to the new version.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.LATEST, defaultValue = "true")
    private String latest;

    /**
     * A message stored with the version (label {@code dockerbox.message}) and shown by {@code snapshots}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.MESSAGE)
    private String message;

    /**
     * Commit under this new box name instead, as its version 1.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FORK)
    private String fork;

    /**
     * Stop a running container before the commit (gracefully, within its {@code <stopTimeout>}) and
     * start it again afterwards: a database inside is then committed shut down, not just
     * crash-consistent.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.STOP, defaultValue = "false")
    private String stop;

    @Override
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        var config = config();
        var run = runConfigs(config).get(0);
        String forkName = checked(() -> PropertyValues.fork(fork));
        String containerName = checked(() -> PropertyValues.container(container));
        try {
            ContainerInfo found = new ContainerFinder(engine()).find(config.project(), run, containerName).orElseThrow(() -> userError(
                    new SnapshotException("nothing to commit: looked for " + ContainerFinder.lookedFor(config.project(), run, containerName)
                            + " and found none; mvn dockerbox:start, or mvn dockerbox:shell -Ddockerbox.persistent, makes one")));
            new SnapshotService(engine(), output()).commit(config.project().coordinates(), run.box(), found, forkName,
                    flag(PropertyNames.LATEST, latest), message, flag(PropertyNames.STOP, stop));
        } catch (SnapshotException e) {
            throw userError(e);
        } catch (EngineException e) {
            throw engineError(e.getMessage(), e);
        }
    }
}
