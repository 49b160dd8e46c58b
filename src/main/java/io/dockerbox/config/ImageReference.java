package io.dockerbox.config;

import java.util.regex.Pattern;

/** Docker's grammar for image references (distribution/reference), used to reject bad names early. */
public final class ImageReference {
    /** What a repository name may be, in words, for the messages that reject one. */
    public static final String NAME_RULE =
            "lower-case letters, digits and the separators . _ - with optional path components, e.g. acme/site";
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String DOMAIN_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    // As Docker normalises names: the first component is a registry only with a dot, a port, or as localhost.
    private static final String DOMAIN = "(?:localhost(?::[0-9]+)?|" + DOMAIN_PART + "(?:\\." + DOMAIN_PART + ")+(?::[0-9]+)?|"
            + DOMAIN_PART + ":[0-9]+)";
    private static final String REPOSITORY = "(?:" + DOMAIN + "/)?" + COMPONENT + "(?:/" + COMPONENT + ")*";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";

    private static final Pattern REPOSITORY_ONLY = Pattern.compile(REPOSITORY);
    private static final Pattern FULL = Pattern.compile(REPOSITORY + "(?::" + TAG + ")?(?:@" + DIGEST + ")?");

    private ImageReference() {}

    /** A repository name without tag, as a box's {@code <name>} must be. */
    public static boolean isRepository(String name) {
        return name != null && name.length() <= 255 && REPOSITORY_ONLY.matcher(name).matches();
    }

    /**
     * The registry host a repository names, as Docker reads it: the first component when it has a dot,
     * a port, or is {@code localhost}; empty for Docker Hub names such as {@code acme/site}.
     */
    public static java.util.Optional<String> registry(String repository) {
        int slash = repository.indexOf('/');
        if (slash < 0) {
            return java.util.Optional.empty();
        }
        String first = repository.substring(0, slash);
        boolean host = first.contains(".") || first.contains(":") || first.equals("localhost");
        return host ? java.util.Optional.of(first) : java.util.Optional.empty();
    }

    /** The registry a repository without a registry host lives in. */
    public static final String DOCKER_HUB = "docker.io";

    /** {@link #registry}, else Docker Hub: where a repository is pushed to and pulled from. */
    public static String registryOrHub(String repository) {
        return registry(repository).orElse(DOCKER_HUB);
    }

    /** Any pullable reference: repository with optional tag and digest. */
    public static boolean isReference(String reference) {
        return reference != null && reference.length() <= 255 && FULL.matcher(reference).matches();
    }
}
