package io.dockerbox.mojo;

/**
 * Why start and stop are skipped: with {@code dockerbox.skipRun}, or along with the integration tests they
 * serve. The two goals declare the same four switches (a Java class has one parent, and stop has none of
 * the run configuration start inherits); the decision is made here, once.
 */
final class LifecycleSkip {
    private LifecycleSkip() {}

    /** The reason to skip, or null to run. {@code skipRun} is already checked; Maven's own switches are read as Maven reads them. */
    static String reason(boolean skipRun, boolean skipITs, boolean skipTests, boolean mavenTestSkip) {
        if (skipRun) {
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
