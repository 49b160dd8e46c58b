package io.dockerbox.run;

import io.dockerbox.box.Labels;
import io.dockerbox.box.Lease;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.RunConfig;
import io.dockerbox.engine.ContainerInfo;
import io.dockerbox.engine.ContainerSpec;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new, temporary container from the box's image, for one command: not the container start runs.
 * Its output streams as it comes; it is removed afterwards unless kept ({@code persistent}).
 */
public final class ShellService {
    private final Engine engine;
    private final Output out;

    public ShellService(Engine engine, Output out) {
        this.engine = engine;
        this.out = out;
    }

    /**
     * An interactive shell needs Maven's terminal; checked before the engine is asked anything.
     *
     * @param command the command to run instead, null or blank for none
     */
    public static void checkTerminal(RunConfig run, String command) throws RunException {
        if ((command == null || command.isBlank()) && !Terminal.present()) {
            throw new RunException("dockerbox:shell needs a terminal or a command: stdin is not a terminal, so no"
                    + " interactive shell is opened; -Ddockerbox.command=\"...\" runs one command in a new container from " + run.box());
        }
    }

    /**
     * Runs {@code command} with {@code /bin/sh -c} in a new container; with no command (null or blank),
     * an interactive {@code /bin/sh} on Maven's terminal. {@code version} null means latest. An exit
     * code other than 0 is a failure.
     */
    public void run(ProjectInfo project, RunConfig run, Integer version, String command, boolean keep, String runId, Lease lease)
            throws RunException, EngineException {
        boolean interactive = command == null || command.isBlank();
        int code = runContainer(project, run, version, interactive ? null : command, keep, runId, lease);
        if (code != 0) {
            throw new RunException(interactive ? "the shell exited with code " + code
                    : "the command exited with code " + code + ": " + command);
        }
    }

    /** The exit code of {@code command} in a new container, or of an interactive shell when it is null. */
    private int runContainer(ProjectInfo project, RunConfig run, Integer version, String command, boolean keep, String runId,
            Lease lease) throws RunException, EngineException {
        String image = run.box() + ":" + (version == null ? "latest" : version);
        if (engine.inspectImage(image).isEmpty()) {
            throw new RunException("image " + image + " not found: run mvn dockerbox:build first"
                    + (version == null ? "" : ", or pick an existing version (mvn dockerbox:snapshots lists them)"));
        }
        String name = run.name() + "-shell-" + runId;
        out.info("dockerbox:shell: a NEW container " + name + " from " + image + ", not the one dockerbox:start runs;"
                + (keep ? " it is kept afterwards (-Ddockerbox.persistent)." : " what you change in it vanishes when it exits (-Ddockerbox.persistent keeps it)."));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Labels.PROJECT, project.coordinates());
        labels.put(Labels.RUN, runId);
        labels.put(Labels.BOX, run.box());
        labels.put(Labels.PERSISTENT, String.valueOf(keep));
        labels.put(Labels.KIND, "shell");
        if (!keep) {
            // Thrown away at the end: if Maven dies first, the build's watcher removes it.
            labels.putAll(lease.labels());
        }
        List<String> env = run.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        boolean interactive = command == null;
        List<String> cmd = interactive ? List.of("/bin/sh") : List.of("/bin/sh", "-c", command);
        String id = engine.createContainer(new ContainerSpec(name, image, labels, env, cmd, List.of(), List.of(), List.of(), null,
                List.of(), interactive, null));
        int code;
        try {
            code = interactive ? attach(id) : runToEnd(id);
        } finally {
            if (!keep) {
                engine.removeContainer(id);
            }
        }
        if (keep) {
            ContainerInfo kept = engine.inspectContainer(id).orElseThrow();
            out.info("kept container " + kept.name() + " (" + kept.describeState() + "); commit it as the next version with:"
                    + " mvn dockerbox:commit -Ddockerbox.container=" + kept.name());
        }
        return code;
    }

    private int runToEnd(String id) throws EngineException {
        engine.startContainer(id);
        return engine.outputUntilExit(id, line -> out.info("  | " + line));
    }

    private int attach(String id) throws RunException, EngineException {
        Terminal terminal = new Terminal();
        int[] size = terminal.size();
        try {
            terminal.raw();
        } catch (java.io.IOException e) {
            throw new RunException("cannot put the terminal into raw mode for the shell: " + e.getMessage(), e);
        }
        try {
            return engine.attachInteractive(id, System.in, System.out, size[0], size[1]);
        } finally {
            terminal.restore();
        }
    }
}
