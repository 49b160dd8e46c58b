package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.CommitVolumes;
import io.dockerbox.config.PropertyValues;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what {@code dockerbox:commit} would capture of the project's container: the files that
 * differ from its image (added, changed, deleted, by folder, with sizes) and each volume with its size.
 *
 * @since 0.2.0
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractRunMojo {
    /**
     * The container to look at, e.g. a kept shell. Default: the project's container.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.CONTAINER)
    private String container;

    /**
     * Which volumes a commit would keep, as for {@code commit}: {@code anonymous}, {@code all} or {@code none}.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.COMMIT_VOLUMES, defaultValue = "anonymous")
    private String commitVolumes;

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        var run = runConfigs(config).get(0);
        String containerName = PropertyValues.container(container);
        CommitVolumes volumes = CommitVolumes.parse(commitVolumes);
        services().diff().diff(config.project(), run, containerName, volumes);
    }
}
