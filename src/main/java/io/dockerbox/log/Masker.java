package io.dockerbox.log;

import java.util.Comparator;
import java.util.List;

/** Replaces secret values with {@code ****} in any text dockerbox prints. */
public final class Masker {
    static final String MASK = "****";
    private final List<String> secrets;

    public Masker(List<String> secrets) {
        // Longest first, so a secret that contains another is masked whole.
        this.secrets = secrets.stream()
                .filter(s -> s != null && !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    public String mask(String text) {
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
