package io.dockerbox.mojo;

import java.util.List;
import java.util.Map;

/** A {@code <run>} element as Maven fills it; validated into a {@code RunConfig}. */
public class Run {
    /** Exact name of a persistent box's container; the stem of a temporary one's. Default: the artifactId. */
    private String name;

    /** The box to start (its {@code latest} image). Default: the project's box. */
    private String box;

    /** {@code web.port:80}, {@code 8080:80} or {@code 127.0.0.1:db.port:3306}. */
    private List<String> ports;

    /** {@code /host/folder:/in/box}, {@code name:/in/box} or {@code from:container}. */
    private List<String> volumes;

    /** Environment variables; {@code ${port.property}} of earlier runs is filled in. */
    private Map<String, String> env;

    /** Overrides the image's CMD; run with {@code /bin/sh -c}. */
    private String command;

    /** When the box counts as ready. */
    private Wait wait;

    /** Keep one named container between builds. */
    private String persistent;

    /** Runs (by box, short name or name) that must be ready before this one starts. */
    private List<String> dependsOn;

    /** Seconds a persistent box gets to stop after SIGTERM before it is killed (default 10). */
    private String stopTimeout;

    /** What dockerbox:watch syncs into the running box. */
    private Watch watch;

    public String getName() {
        return name;
    }

    public String getBox() {
        return box;
    }

    public List<String> getPorts() {
        return ports;
    }

    public List<String> getVolumes() {
        return volumes;
    }

    public Map<String, String> getEnv() {
        return env;
    }

    public String getCommand() {
        return command;
    }

    public Wait getWait() {
        return wait;
    }

    public String getPersistent() {
        return persistent;
    }

    public List<String> getDependsOn() {
        return dependsOn;
    }

    public String getStopTimeout() {
        return stopTimeout;
    }

    public Watch getWatch() {
        return watch;
    }

    /** The runs start starts: {@code <runs>} replaces {@code <run>}. */
    static List<Run> given(List<Run> runs, Run run) {
        return runs != null && !runs.isEmpty() ? runs : run != null ? List.of(run) : List.of();
    }
}
