package io.dockerbox.engine;

/** Formatting of image ids and references. */
public final class ImageIds {
    private static final String DOCKER_LIBRARY = "docker.io/library/";
    private static final String DOCKER_HUB = "docker.io/";
    private static final String PODMAN_LOCAL = "localhost/";

    private ImageIds() {}

    public static String shortId(String id) {
        if (id == null) {
            return "";
        }
        String bare = id.startsWith("sha256:") ? id.substring(7) : id;
        return bare.length() > 12 ? bare.substring(0, 12) : bare;
    }

    /**
     * Splits {@code repo[:tag]} into repository and tag; a colon inside a registry host name
     * ({@code localhost:5000/a/b}) is not a tag separator. The tag defaults to {@code latest}.
     */
    public static String[] repositoryAndTag(String reference) {
        int slash = reference.lastIndexOf('/');
        int colon = reference.lastIndexOf(':');
        if (colon > slash) {
            return new String[] {reference.substring(0, colon), reference.substring(colon + 1)};
        }
        return new String[] {reference, "latest"};
    }

    /**
     * A RepoTag as Docker spells it. Docker reports the familiar form ({@code x:1}, {@code acme/x:1});
     * Podman reports every reference fully qualified ({@code docker.io/library/x:1},
     * {@code docker.io/acme/x:1}), which no Docker engine ever does, so the prefix is safe to drop.
     */
    static String familiar(String repoTag) {
        if (repoTag.startsWith(DOCKER_LIBRARY)) {
            return repoTag.substring(DOCKER_LIBRARY.length());
        }
        return repoTag.startsWith(DOCKER_HUB) ? repoTag.substring(DOCKER_HUB.length()) : repoTag;
    }

    /**
     * A RepoTag of an image listed for {@code repository}, in that repository's spelling. Besides
     * {@link #familiar}, Podman files images built or loaded under an unqualified name as
     * {@code localhost/NAME}; such a tag is {@code NAME} here. Only the repository asked for is
     * rewritten: on Docker, {@code localhost/NAME} is a registry's name and stays as it is elsewhere.
     */
    static String asListed(String repoTag, String repository) {
        String familiar = familiar(repoTag);
        return familiar.startsWith(PODMAN_LOCAL + repository + ":") ? familiar.substring(PODMAN_LOCAL.length()) : familiar;
    }
}
