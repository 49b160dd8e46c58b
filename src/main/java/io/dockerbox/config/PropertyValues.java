package io.dockerbox.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code -Ddockerbox.*} values of the goals that are more than a flag, checked before the engine
 * is asked anything: a wrong one fails at once, naming the property, the value and what it accepts.
 * A blank value counts as not given, as Maven passes {@code -Ddockerbox.version=} on.
 */
public final class PropertyValues {
    /** tcp://, unix://, ssh://, npipe://, http(s)://: a host name or address never has one. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
    private static final String VERSIONS = "versions are 1, 2, 3 ... (mvn dockerbox:snapshots lists them)";

    private PropertyValues() {}

    /**
     * A switch such as {@code -Ddockerbox.persistent}: {@code true} or {@code false} in any case (a
     * property given without a value is {@code true}). Maven itself would turn any other word into
     * false without a word, so {@code -Ddockerbox.persistent=yes} would quietly do nothing.
     */
    public static boolean flag(String property, String value) throws ConfigException {
        if (value == null) {
            return false;
        }
        Boolean given = value.isBlank() ? Boolean.TRUE : trueOrFalse(value);
        if (given == null) {
            throw new ConfigException(property + ": '" + value.strip() + "' is neither true nor false; -D" + property
                    + " alone means true");
        }
        return given;
    }

    /** {@code true} or {@code false} in any case, else null. */
    static Boolean trueOrFalse(String value) {
        String word = value.strip();
        return word.equalsIgnoreCase("true") ? Boolean.TRUE : word.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    /** {@code -Ddockerbox.version} of push, pull and revert: a version number, or null when not given. */
    public static Integer version(String value) throws ConfigException {
        if (blank(value)) {
            return null;
        }
        Integer number = WholeNumbers.inRange(value, 1, Integer.MAX_VALUE);
        if (number == null) {
            throw new ConfigException("dockerbox.version: '" + value.strip() + "' is not a version; " + VERSIONS);
        }
        return number;
    }

    /** {@code -Ddockerbox.version} of shell: a version number, or null for {@code latest} (also when not given). */
    public static Integer versionOrLatest(String value) throws ConfigException {
        if (blank(value) || value.strip().equals("latest")) {
            return null;
        }
        Integer number = WholeNumbers.inRange(value, 1, Integer.MAX_VALUE);
        if (number == null) {
            throw new ConfigException("dockerbox.version: '" + value.strip() + "' is not a version; use latest (the default) or a"
                    + " version number: " + VERSIONS);
        }
        return number;
    }

    /** {@code -Ddockerbox.fork} of commit: the new box's repository name, or null for no fork. */
    public static String fork(String value) throws ConfigException {
        if (blank(value)) {
            return null;
        }
        String repository = value.strip();
        if (!ImageReference.isRepository(repository)) {
            throw new ConfigException("dockerbox.fork: '" + repository + "' is not a valid image repository name: use "
                    + ImageReference.NAME_RULE + " (no tag: the fork starts at version 1)");
        }
        return repository;
    }

    /** {@code -Ddockerbox.container} of commit and exec: a container name or id, or null for the project's container. */
    public static String container(String value) throws ConfigException {
        if (blank(value)) {
            return null;
        }
        String name = value.strip();
        if (!RunValidator.CONTAINER_NAME.matcher(name).matches()) {
            throw new ConfigException("dockerbox.container: '" + name + "' is not a container name or id: use letters, digits"
                    + " and . _ -, starting with a letter or digit (docker ps -a lists them)");
        }
        return name;
    }

    /** {@code -Ddockerbox.command} of exec, which has nothing to run without it. */
    public static String requiredCommand(String goal, String value) throws ConfigException {
        if (blank(value)) {
            throw new ConfigException("dockerbox:" + goal + " needs a command: -Ddockerbox.command=\"...\" (run with /bin/sh -c)");
        }
        return value;
    }

    /**
     * {@code dockerbox.host} as the user gave it ({@code -D}), or null. dockerbox sets it to where published ports are
     * reached; a value with a scheme is an engine address given to the wrong property, which would be ignored without
     * a word while the build goes to another engine.
     */
    public static String publishHost(String value) throws ConfigException {
        if (value != null && SCHEME.matcher(value.strip()).find()) {
            throw new ConfigException("-Ddockerbox.host=" + value.strip() + " looks like an engine address; dockerbox.host is"
                    + " where dockerbox publishes ports (it sets it); the engine is -Ddockerbox.dockerHost");
        }
        return value;
    }

    /**
     * The name of this machine in the owner label of temporary containers: the given one, else the
     * host name. It is the label's first part, so it has no '/' (nor spaces, which no host name has).
     */
    public static String ownerHost(String value) throws ConfigException {
        if (blank(value)) {
            return localHost();
        }
        if (!value.strip().matches("[^/\\s]+")) {
            throw new ConfigException("-Ddockerbox.ownerHost=" + value.strip() + ": a machine name cannot contain '/' or spaces;"
                    + " give this machine's name, e.g. ci-runner-3");
        }
        return value.strip();
    }

    /**
     * This machine's name, as the kernel has it: asked without a name lookup, which can hang for
     * seconds where DNS is unreachable.
     */
    static String localHost() {
        for (String variable : List.of("HOSTNAME", "COMPUTERNAME")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        for (String file : List.of("/proc/sys/kernel/hostname", "/etc/hostname")) {
            try {
                String value = Files.readString(Path.of(file)).strip();
                if (!value.isEmpty()) {
                    return value;
                }
            } catch (IOException | RuntimeException e) {
                // Not on this system: the next place may have it.
            }
        }
        return "localhost";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
