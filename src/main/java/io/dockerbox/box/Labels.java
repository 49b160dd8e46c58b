package io.dockerbox.box;

/** The labels dockerbox puts on images and containers: part of the user-facing contract. */
public final class Labels {
    public static final String BOX = "dockerbox.box";
    public static final String VERSION = "dockerbox.version";
    public static final String INPUTS = "dockerbox.inputs";
    public static final String PARENT = "dockerbox.parent";
    public static final String KIND = "dockerbox.kind";
    public static final String PROJECT = "dockerbox.project";
    /** On commits: the message given with -Ddockerbox.message. */
    public static final String MESSAGE = "dockerbox.message";
    /** On a commit: the volumes it holds, {@code PATH=BYTES} or {@code PATH=BYTES@NAME} for a named one, joined by {@code ;}. */
    public static final String VOLUMES = "dockerbox.volumes";
    /** On containers: the id of the Maven invocation that started it. */
    public static final String RUN = "dockerbox.run";
    /** On containers: {@code true} for a persistent box, kept between builds. */
    public static final String PERSISTENT = "dockerbox.persistent";
    /** On containers: {@code true} when started by {@code mvn dockerbox:start} on its own, to outlive Maven. */
    public static final String STANDALONE = "dockerbox.standalone";
    /** On persistent containers: seconds between SIGTERM and SIGKILL when dockerbox stops it ({@code <stopTimeout>}). */
    public static final String STOP_TIMEOUT = "dockerbox.stopTimeout";

    /**
     * On temporary containers: the id of the Maven build they belong to. The build's watcher removes
     * what still carries it when the build ends, however it ends (see {@link Lease}).
     */
    public static final String LEASE = "dockerbox.lease";
    /** On temporary containers: the Maven process that made them, as {@code host/pid/start} (see {@link Owner}). */
    public static final String OWNER = "dockerbox.owner";

    private Labels() {}
}
