package io.dockerbox.mojo;

import io.dockerbox.config.ConfigException;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.RawRun;
import io.dockerbox.config.RunConfig;
import io.dockerbox.config.RunValidator;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** What the goals that run boxes share: the {@code <run>} / {@code <runs>} configuration. */
abstract class AbstractRunMojo extends AbstractConfiguredMojo {
    /** Plugin-context key of the running build's {@code Cleanup}, shared by start and stop. */
    static final String CLEANUP = "dockerbox.cleanup";

    /**
     * How to start the project's box: name, ports, volumes, env, command, wait, persistent.
     *
     * @since 0.1.0
     */
    @Parameter
    private Run run;

    /**
     * Several boxes to start, one {@code <run>} each, in {@code <dependsOn>} order. Replaces {@code <run>}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Run> runs;

    /**
     * Makes every run persistent: one named container kept between builds.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PERSISTENT, defaultValue = "false")
    private boolean persistent;

    protected AbstractRunMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    protected List<RunConfig> runConfigs(DockerboxConfig config) throws ConfigException {
        return runConfigs(config, null);
    }

    /**
     * @param contexts the build context of each box built here, by name, to check {@code <watch><sync>}
     *                 folders against; null where the goal does not watch
     */
    protected List<RunConfig> runConfigs(DockerboxConfig config, Map<String, Path> contexts) throws ConfigException {
        List<Run> given = Run.given(runs, run);
        List<RawRun> raw = new ArrayList<>();
        for (Run r : given) {
            Wait w = r.getWait();
            raw.add(new RawRun(r.getName(), r.getBox(), r.getPorts(), r.getVolumes(), r.getEnv(), r.getCommand(),
                    w == null ? null : new RawRun.RawWait(w.getHttp(), w.getStatus(), w.getLog(), w.getTcp(), w.getHealthy(), w.getTimeout()),
                    r.getPersistent(), r.getDependsOn(), r.getStopTimeout(), watch(r.getWatch())));
        }
        return RunValidator.validate(raw, config.target().name(), config.project().artifactId(), config.project().basedir(),
                flag("persistent", PropertyNames.PERSISTENT, persistent), contexts);
    }

    /** The project's properties as they are now (earlier goals may have published ports): what runs' env and waits may use. */
    protected Map<String, String> knownProperties() {
        Map<String, String> known = new TreeMap<>();
        project().getProperties().forEach((k, v) -> known.put(String.valueOf(k), String.valueOf(v)));
        return known;
    }

    private static RawRun.RawWatch watch(Watch watch) {
        return watch == null ? null : new RawRun.RawWatch(watch.getSyncs().stream()
                .map(s -> new RawRun.RawSync(s.getPath(), s.getTarget(), s.getExec(), s.getRestart())).toList());
    }
}
