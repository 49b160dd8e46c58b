package io.dockerbox.run;

import io.dockerbox.config.RunConfig;
import java.util.Map;

/** A container that start brought up: the properties it defines, and whether it was reused. */
public record StartedContainer(RunConfig run, String id, String name, Map<String, String> properties, long millis, boolean reused) {
    public StartedContainer {
        properties = Map.copyOf(properties);
    }
}
