package io.dockerbox.run;

import io.dockerbox.DockerboxException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** {@code target/dockerbox/ports.properties}: where a started box listens, for tools outside Maven. */
final class PortsFile {
    private PortsFile() {}

    static void write(Path file, Map<String, String> published) throws DockerboxException {
        try {
            Files.createDirectories(file.getParent());
            Properties props = new Properties();
            published.forEach(props::setProperty);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(out, "written by dockerbox:start");
            }
        } catch (IOException e) {
            throw new DockerboxException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
