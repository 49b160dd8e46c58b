package io.dockerbox.mojo;

import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.EngineException;
import io.dockerbox.run.Cleanup;
import io.dockerbox.run.RunException;
import io.dockerbox.run.RunService;
import io.dockerbox.run.StartedContainer;
import io.dockerbox.run.StopService;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts the project's box from its {@code latest} image, publishes its ports as Maven properties,
 * and waits until it is ready. In a build, whatever happens, the containers are gone when Maven
 * ends (stop, or a shutdown hook); on its own ({@code mvn dockerbox:start}) the box keeps running.
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StartMojo extends AbstractLifecycleRunMojo {

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    @SuppressWarnings("unchecked")
    protected void doExecute() throws MojoExecutionException, MojoFailureException {
        DockerboxConfig config = config();
        List<RunConfig> runs = runConfigs(config);
        boolean standalone = mojoExecution.getSource() == MojoExecution.Source.CLI;
        String runId = UUID.randomUUID().toString().substring(0, 8);
        Cleanup cleanup = new Cleanup(engine(), RunService.networkName(config.project()), output());
        if (!standalone) {
            cleanup.arm();
            getPluginContext().put(CLEANUP, cleanup);
        }
        Map<String, String> known = new TreeMap<>();
        project().getProperties().forEach((k, v) -> known.put(String.valueOf(k), String.valueOf(v)));
        List<StartedContainer> started;
        try {
            started = new RunService(engine(), output()).start(config.project(), runs, runId, standalone, known, cleanup.containers());
        } catch (RunException | EngineException e) {
            if (cleanup.ranAtShutdown()) {
                // What failed is a consequence of the interrupt (the hook removed the container): say so.
                throw engineError("interrupted: Maven is ending (Ctrl-C or a signal) while dockerbox:start ran; "
                        + "the containers it started were removed", e);
            }
            undo(config, cleanup);
            if (e instanceof RunException r) {
                throw userError(r);
            }
            throw engineError(e.getMessage(), e);
        }
        Properties properties = project().getProperties();
        Map<String, String> published = new TreeMap<>();
        published.put("dockerbox.host", RunService.publishHost(engine().address()));
        started.forEach(c -> published.putAll(c.properties()));
        published.forEach(properties::setProperty);
        writePorts(config.project().workDirectory().resolve("ports.properties"), published);
        if (standalone) {
            output().info("left running after Maven ends: mvn dockerbox:stop stops it, target/dockerbox/ports.properties says where it listens");
        }
    }

    /** A failed start leaves nothing: what it created goes (a persistent box is only stopped). */
    private void undo(DockerboxConfig config, Cleanup cleanup) {
        try {
            new StopService(engine(), output()).stop(config.project(), Map.copyOf(cleanup.containers()));
        } catch (EngineException | MojoExecutionException | MojoFailureException e) {
            output().warn("could not remove the containers of the failed start: " + e.getMessage());
            return;
        }
        cleanup.disarm();
        getPluginContext().remove(CLEANUP);
    }

    private void writePorts(Path file, Map<String, String> published) throws MojoExecutionException {
        try {
            Files.createDirectories(file.getParent());
            Properties props = new Properties();
            published.forEach(props::setProperty);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(out, "written by dockerbox:start");
            }
        } catch (IOException e) {
            throw engineError("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
