package io.dockerbox.engine;

/** Formatting of image ids and references. */
public final class ImageIds {
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
}
