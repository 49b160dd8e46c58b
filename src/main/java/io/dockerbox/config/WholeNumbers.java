package io.dockerbox.config;

import java.util.regex.Pattern;

/**
 * Whole numbers written in the POM or on the command line. They arrive as text: Maven's own
 * conversion of "abc" to an Integer fails with a message that names neither the element nor what it
 * accepts, so dockerbox converts them itself and says both.
 */
final class WholeNumbers {
    // Nine digits at most, so the value always fits an int; every accepted range is far below that.
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

    private WholeNumbers() {}

    /** The number, or null when the text is not a whole number. */
    static Integer parse(String text) {
        String value = text == null ? "" : text.strip();
        return WHOLE.matcher(value).matches() ? Integer.parseInt(value) : null;
    }

    /** The number when it lies in {@code min..max}, else null. */
    static Integer inRange(String text, int min, int max) {
        Integer number = parse(text);
        return number != null && number >= min && number <= max ? number : null;
    }

    /** {@link #inRange}, or {@code whenBlank} when nothing was written. */
    static Integer inRange(String text, int min, int max, int whenBlank) {
        return text == null || text.isBlank() ? Integer.valueOf(whenBlank) : inRange(text, min, max);
    }
}
