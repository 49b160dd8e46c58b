package io.dockerbox.config;

/** The labels dockerbox puts on images and containers: part of the user-facing contract. */
public final class Labels {
    public static final String BOX = "dockerbox.box";
    public static final String VERSION = "dockerbox.version";
    public static final String INPUTS = "dockerbox.inputs";
    public static final String PARENT = "dockerbox.parent";
    public static final String KIND = "dockerbox.kind";
    public static final String PROJECT = "dockerbox.project";

    private Labels() {}
}
