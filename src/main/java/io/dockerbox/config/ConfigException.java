package io.dockerbox.config;

import io.dockerbox.UserException;
import java.util.List;

/** The user's configuration is wrong; carries every problem found, each naming the element and the fix. */
public class ConfigException extends UserException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }

    private static String format(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder text = new StringBuilder(problems.size() + " problems in the dockerbox configuration:");
        problems.forEach(p -> text.append("\n  - ").append(p));
        return text.toString();
    }
}
