package io.dockerbox.mojo;

import io.dockerbox.config.ConfigException;
import org.apache.maven.plugins.annotations.Parameter;

/** start and stop: skipped along with the integration tests they serve. */
abstract class AbstractLifecycleRunMojo extends AbstractRunMojo {
    /**
     * Skips start and stop.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP_RUN, defaultValue = "false")
    private String skipRun;

    /** Skips start and stop with the integration tests. */
    @Parameter(property = "skipITs", defaultValue = "false")
    private boolean skipITs;

    /** Skips start and stop with all tests. */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /** Skips start and stop with all tests. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    @Override
    protected String skipReason() throws ConfigException {
        if (flag(PropertyNames.SKIP_RUN, skipRun)) {
            return PropertyNames.SKIP_RUN + "=true";
        }
        if (skipITs) {
            return "skipITs=true";
        }
        if (skipTests) {
            return "skipTests=true";
        }
        return mavenTestSkip ? "maven.test.skip=true" : null;
    }
}
