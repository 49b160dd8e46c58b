package io.dockerbox.mojo;

import io.dockerbox.config.ConfigException;
import io.dockerbox.config.ConfigValidator;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RawBox;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The goals that read the boxes: settings, secrets, boxes, and the box to work on. Every goal but stop. */
abstract class AbstractConfiguredMojo extends AbstractDockerboxMojo {

    /**
     * Values every template sees as {@code settings}, like a settings file: {@code <dbName>project</dbName>}.
     * Values of settings whose names end in Password, Secret, Token or Key are never printed.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> settings;

    /**
     * More settings whose values are never printed, by name ({@code <secret>dbPass</secret>}), for
     * secrets whose names do not end in Password, Secret, Token or Key.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> secrets;

    /**
     * The boxes, parents first; the last one is the project's own box.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Box> boxes;

    /**
     * The box to work on, by name. Default: the last box of {@code <boxes>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BOX)
    private String box;

    /**
     * Builds the box on another parent than its {@code <from>}, e.g. the production box instead of the dev box.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FROM)
    private String from;

    protected AbstractConfiguredMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    /** The validated configuration; every problem is reported at once. */
    protected DockerboxConfig config() throws ConfigException {
        ProjectInfo info = projectInfo();
        List<RawBox> raw = new ArrayList<>();
        if (boxes != null) {
            for (Box b : boxes) {
                raw.add(new RawBox(b.getName(), b.getFrom(), path(b.getDirectory()), path(b.getContext()), b.getBuildArgs()));
            }
        }
        DockerboxConfig config = ConfigValidator.validate(settings == null ? Map.of() : settings, raw, info, box, from);
        mask(config.secretValues(secrets == null ? List.of() : secrets));
        return config;
    }

    /** Whether {@code -Ddockerbox.box} (or {@code <box>}) chose the box, rather than the default last one. */
    protected boolean boxChosen() {
        return box != null && !box.isBlank();
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
