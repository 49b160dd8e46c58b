package io.dockerbox.mojo;

/** Every {@code -Ddockerbox.*} property, in one place. */
final class PropertyNames {
    static final String SKIP = "dockerbox.skip";
    static final String SKIP_BUILD = "dockerbox.skipBuild";
    static final String DOCKER_HOST = "dockerbox.dockerHost";
    static final String CERT_PATH = "dockerbox.certPath";
    static final String BOX = "dockerbox.box";
    static final String FROM = "dockerbox.from";
    static final String SKIP_RUN = "dockerbox.skipRun";
    static final String PERSISTENT = "dockerbox.persistent";
    static final String FOLLOW = "dockerbox.follow";

    private PropertyNames() {}
}
