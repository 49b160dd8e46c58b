package io.dockerbox.log;

import java.util.Comparator;
import java.util.List;

/** Replaces secret values with {@code ****} in any text dockerbox prints. */
public final class Masker {
    static final String MASK = "****";
    private volatile List<String> secrets;

    public Masker(List<String> secrets) {
        this.secrets = sorted(secrets);
    }

    /** Masks one more secret from now on, such as a registry password read when it is needed. */
    public synchronized void add(String secret) {
        List<String> more = new java.util.ArrayList<>(secrets);
        more.add(secret);
        secrets = sorted(more);
    }

    // Longest first, so a secret that contains another is masked whole.
    private static List<String> sorted(List<String> secrets) {
        return secrets.stream()
                .filter(s -> s != null && !s.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    public String mask(String text) {
        List<String> secrets = this.secrets;
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /** An output that masks every message before passing it on. */
    public Output wrap(Output out) {
        return new Output() {
            @Override
            public void info(String message) {
                out.info(mask(message));
            }

            @Override
            public void warn(String message) {
                out.warn(mask(message));
            }

            @Override
            public void debug(String message) {
                out.debug(mask(message));
            }

            @Override
            public boolean isDebugEnabled() {
                return out.isDebugEnabled();
            }
        };
    }
}
