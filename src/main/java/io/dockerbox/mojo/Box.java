package io.dockerbox.mojo;

import java.io.File;
import java.util.Map;

/** A {@code <box>} element as Maven fills it; validated into a {@code BoxConfig}. */
public class Box {
    /** The image repository this box builds, e.g. {@code acme/site}. Versions become its tags. */
    private String name;

    /** The image this box builds on: another box's name, or an image outside the chain. */
    private String from;

    /** The folder with the box's {@code Dockerfile.ftl} or {@code Dockerfile}, relative to the project. */
    private File directory;

    /** The build context; defaults to {@link #directory}. */
    private File context;

    /** Build arguments ({@code ARG} values). */
    private Map<String, String> buildArgs;

    public String getName() {
        return name;
    }

    public String getFrom() {
        return from;
    }

    public File getDirectory() {
        return directory;
    }

    public File getContext() {
        return context;
    }

    public Map<String, String> getBuildArgs() {
        return buildArgs;
    }
}
