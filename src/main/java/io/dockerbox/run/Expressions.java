package io.dockerbox.run;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${name}} with known values. Maven leaves an expression untouched when its property
 * does not exist yet, as a port property before the box runs; dockerbox fills it in itself.
 */
final class Expressions {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");

    private Expressions() {}

    static String substitute(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
