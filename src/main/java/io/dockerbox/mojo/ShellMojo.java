package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.PropertyValues;
import io.dockerbox.run.ShellService;
import java.util.UUID;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A new, temporary container from the project box's image: an interactive shell on Maven's terminal,
 * or one command ({@code -Ddockerbox.command}). Not the container start runs. Removed afterwards
 * unless {@code -Ddockerbox.persistent}.
 *
 * @since 0.1.0
 */
@Mojo(name = "shell", threadSafe = true)
public class ShellMojo extends AbstractRunMojo {
    /**
     * The command, given to {@code /bin/sh -c} so quotes and pipes work as in a terminal. Its exit code
     * decides whether the build passes.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.COMMAND)
    private String command;

    /**
     * The version of the box to use. Default: {@code latest}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERSION)
    private String version;

    /**
     * Keep the container afterwards, to look at it or commit it.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PERSISTENT, defaultValue = "false")
    private boolean keep;

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
    public ShellMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        var run = runConfigs(config).get(0);
        Integer number = PropertyValues.versionOrLatest(version);
        boolean persistent = flag("keep", PropertyNames.PERSISTENT, keep);
        ShellService.checkTerminal(run, command);
        services().shell().run(config.project(), run, number, command, persistent, UUID.randomUUID().toString().substring(0, 8),
                buildLease(ownerHost).lease());
    }
}
