package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.PropertyValues;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Runs {@code -Ddockerbox.command} inside the running project container: the way to change the started box before a commit.
 *
 * @since 0.1.0
 */
@Mojo(name = "exec", threadSafe = true)
public class ExecMojo extends AbstractRunMojo {
    /**
     * The command, given to {@code /bin/sh -c}. Its exit code decides whether the build passes.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.COMMAND)
    private String command;

    /**
     * The container to run it in. Default: the project's running container.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CONTAINER)
    private String container;

    @Inject
    public ExecMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    protected void doExecute() throws DockerboxException {
        var config = config();
        var run = runConfigs(config).get(0);
        String toRun = PropertyValues.requiredCommand("exec", command);
        String containerName = PropertyValues.container(container);
        services().exec().exec(config.project(), run, containerName, toRun);
    }
}
