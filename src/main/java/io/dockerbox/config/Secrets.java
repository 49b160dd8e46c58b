package io.dockerbox.config;

import java.util.Locale;

/** Which settings hold secrets: their values are masked in everything dockerbox prints. */
public final class Secrets {
    private Secrets() {}

    public static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("password") || lower.endsWith("secret") || lower.endsWith("token") || lower.endsWith("key");
    }
}
