package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.CommitVolumes;
import io.dockerbox.config.PropertyValues;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Commits the project's container (running or stopped) as the next version of its box, with the
 * content of its volumes ({@code commitVolumes}), and moves {@code latest} to it; or, with
 * {@code -Ddockerbox.fork}, as version 1 of a new box.
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

    /**
     * Which volumes' content goes into the image: {@code anonymous} (the volumes the engine made from
     * the image's {@code VOLUME} paths: the box's own data), {@code all} (named volumes too; their
     * content reaches only a volume that does not exist yet) or {@code none}. Bind mounts never.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.COMMIT_VOLUMES, defaultValue = "anonymous")
    private String commitVolumes;

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        var run = runConfigs(config).get(0);
        String forkName = PropertyValues.fork(fork);
        String containerName = PropertyValues.container(container);
        boolean moveLatest = flag(PropertyNames.LATEST, latest);
        boolean stopFirst = flag(PropertyNames.STOP, stop);
        CommitVolumes volumes = CommitVolumes.parse(commitVolumes);
        services().snapshots().commit(config.project(), run, containerName, forkName, moveLatest, message, stopFirst, volumes);
    }
}
