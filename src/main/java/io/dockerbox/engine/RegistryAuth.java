package io.dockerbox.engine;

/**
 * Credentials for one registry, or none. {@link #toString()} never shows the password, so an auth
 * that ends up in a message or a debug log leaks nothing.
 *
 * @param registry      the registry host as images name it, e.g. {@code localhost:5443}
 * @param source        where the credentials came from, for messages (e.g. {@code settings.xml <server> localhost:5443})
 * @param identityToken an OAuth refresh token from a credential helper, used instead of the password when set
 */
public record RegistryAuth(String registry, String username, String password, String identityToken, String source) {

    public static RegistryAuth anonymous(String registry) {
        return new RegistryAuth(registry, null, null, null, "no credentials");
    }

    public boolean isAnonymous() {
        return username == null && identityToken == null;
    }

    @Override
    public String toString() {
        return isAnonymous() ? registry + " (anonymous)" : registry + " as " + username + " (from " + source + ")";
    }
}
