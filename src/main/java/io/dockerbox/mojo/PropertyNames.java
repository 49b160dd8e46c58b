package io.dockerbox.mojo;

/** Every {@code -Ddockerbox.*} property, in one place. */
final class PropertyNames {
    static final String SKIP = "dockerbox.skip";
    static final String SKIP_BUILD = "dockerbox.skipBuild";
    static final String DOCKER_HOST = "dockerbox.dockerHost";
    static final String DOCKER_CONTEXT = "dockerbox.dockerContext";
    /** Set by start: where published ports are reached. Only read to catch an engine address given here by mistake. */
    static final String HOST = "dockerbox.host";
    static final String OWNER_HOST = "dockerbox.ownerHost";
    static final String CERT_PATH = "dockerbox.certPath";
    static final String BOX = "dockerbox.box";
    static final String FROM = "dockerbox.from";
    static final String SKIP_RUN = "dockerbox.skipRun";
    static final String PERSISTENT = "dockerbox.persistent";
    static final String FOLLOW = "dockerbox.follow";
    static final String VERSION = "dockerbox.version";
    static final String COMMAND = "dockerbox.command";
    static final String CONTAINER = "dockerbox.container";
    static final String LATEST = "dockerbox.latest";
    static final String MESSAGE = "dockerbox.message";
    static final String FORK = "dockerbox.fork";
    static final String IMAGES = "dockerbox.images";
    static final String PARENTS = "dockerbox.parents";
    static final String VOLUMES = "dockerbox.volumes";
    static final String BUILDER = "dockerbox.builder";
    static final String PULL = "dockerbox.pull";
    static final String STOP = "dockerbox.stop";
    static final String COMMIT_VOLUMES = "dockerbox.commitVolumes";

    private PropertyNames() {}
}
