package io.dockerbox.services;

import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineConnection;
import io.dockerbox.engine.EngineException;
import io.dockerbox.log.Output;
import io.dockerbox.log.Units;
import io.dockerbox.run.Reaper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The watcher of a Maven build's lease: a process that Maven starts and that outlives it. It waits
 * for the end of its standard input, which comes when the build ends (Maven closes it) and when
 * Maven dies in any way, kill -9 included (the operating system closes it). The waiting is done by
 * {@code /bin/sh}, which then becomes a small JVM (where there is no shell, the JVM waits itself);
 * that removes what the lease still owns ({@link Reaper#sweep}) and exits. It reaches the engine the way Maven did, so it
 * works for every engine dockerbox can use, remote ones included, with nothing to install there.
 */
public final class Watcher implements AutoCloseable {
    /**
     * A create that Maven sent just before it died can land after the first sweep: a second one
     * after this pause removes it too. An engine answers a create in well under a second.
     */
    private static final long SECOND_SWEEP_MILLIS = 1500;

    /** Where there is one (not on Windows), the shell that waits for the build's end. */
    private static final Path SHELL = Path.of("/bin/sh");
    /** The line by which Maven says that the build left nothing to remove. */
    private static final String NOTHING_LEFT = "nothing-left";

    private final Process process;

    private Watcher(Process process) {
        this.process = process;
    }

    /**
     * Starts the watcher of {@code leaseId} for the engine at {@code address}; it writes what it does
     * to {@code log}. It reads nothing from Maven and writes nothing to Maven's output, which a CI
     * job or the invoker may wait on to its end.
     */
    public static Watcher start(String leaseId, String address, String tlsFolder, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SHELL)) {
            // A JVM that starts beside the goal takes CPU from it on a small machine (start → stop
            // measured 0.5 s slower on 2 cores): a shell waits instead, with the shell's own read,
            // and only then becomes the JVM that removes what is left. Ignored signals survive exec.
            // INT, HUP and TERM go to Maven's whole process group (Ctrl-C, a closed terminal, a CI job
            // cancelled): the watcher outlives them, and ends once Maven's end closed its input.
            command.addAll(List.of(SHELL.toString(), "-c",
                    "trap '' INT HUP TERM; while read -r line; do [ \"$line\" = " + NOTHING_LEFT + " ] && exit 0; done; exec \"$0\" \"$@\""));
        }
        command.addAll(List.of(javaCommand(),
                // Light and quick to start: it only makes a few calls.
                "-Xmx32m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", classpath(), Watcher.class.getName(), leaseId, address, tlsFolder == null ? "" : tlsFolder));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true).start();
        return new Watcher(process);
    }

    /**
     * The build is over and left nothing that its lease owns: the watcher ends without starting a JVM,
     * which would take CPU from Maven's own end (start → stop measured 0.35 s slower with it).
     */
    public void nothingLeft() {
        try {
            process.getOutputStream().write((NOTHING_LEFT + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // It is gone already: nothing is left to tell it.
        }
        close();
    }

    /** The build is over: the watcher removes what its lease still owns, and ends. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // It is gone already: nothing is left to tell it.
        }
    }

    public long pid() {
        return process.pid();
    }

    /** The watcher itself: {@code leaseId address tlsFolder}. */
    public static void main(String[] args) throws InterruptedException {
        ignoreTerminalSignals();
        String lease = args[0];
        Output out = new PrintedOutput();
        // After the shell's wait, standard input is at its end already; without a shell, the wait is here.
        if (waitForEndOfInput(System.in)) {
            return;
        }
        out.info("lease " + lease + ": its build ended; removing what it still owns on " + args[1]);
        long begin = System.nanoTime();
        try (Engine engine = EngineConnection.open(args[1], args[2].isEmpty() ? null : args[2])) {
            Reaper reaper = new Reaper(engine, out);
            int removed = 0;
            EngineException failed = null;
            // The second sweep runs whatever the first met: it is there for a create that was still in flight.
            for (int sweep = 0; sweep < 2; sweep++) {
                if (sweep > 0) {
                    Thread.sleep(SECOND_SWEEP_MILLIS);
                }
                try {
                    removed += reaper.sweep(lease);
                } catch (EngineException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
            out.info("the build ended: removed " + removed + " container(s) it still owned [" + Units.secondsSince(begin) + "]");
        } catch (Exception e) {
            out.warn("the build ended, but its containers could not be removed: " + e.getMessage()
                    + "; the next dockerbox:start of the project removes them");
        }
    }

    /** Waits for the end of the input; says whether Maven said first that nothing was left. */
    private static boolean waitForEndOfInput(InputStream in) {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[256];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                text.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            // A broken pipe is an end as well.
        }
        return text.toString().lines().anyMatch(NOTHING_LEFT::equals);
    }

    /**
     * Ctrl-C and a closed terminal reach every process of Maven's group: Maven's own shutdown hook
     * cleans up then, and the watcher stays to make sure of it instead of dying with it.
     */
    @SuppressWarnings("removal")
    private static void ignoreTerminalSignals() {
        for (String name : List.of("INT", "HUP", "TERM")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // Not a signal on this system (Windows has no HUP).
            }
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The plugin's own class path: its jar and what it depends on, as Maven put them in its class realm. */
    private static String classpath() {
        List<String> entries = new ArrayList<>();
        if (Watcher.class.getClassLoader() instanceof URLClassLoader realm) {
            for (URL url : realm.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // Not a file: nothing the watcher could load from.
                }
            }
        }
        if (entries.isEmpty()) {
            return System.getProperty("java.class.path");
        }
        // slf4j is Maven's, not in the plugin's jar, and docker-java's TLS set-up logs through it: without
        // it the watcher could not reach a TLS engine (found by the IT remote-tls). Without a binding it is silent.
        try {
            URL slf4j = Class.forName("org.slf4j.LoggerFactory", false, Watcher.class.getClassLoader())
                    .getProtectionDomain().getCodeSource().getLocation();
            entries.add(Path.of(slf4j.toURI()).toString());
        } catch (ClassNotFoundException | URISyntaxException | RuntimeException e) {
            // Not found or not a file: the watcher does without on unix sockets, ssh and plain TCP.
        }
        return String.join(File.pathSeparator, entries);
    }

    /** What the watcher says goes to its log file, a line each with the time. */
    private static final class PrintedOutput implements Output {
        @Override
        public void info(String message) {
            System.out.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + message);
        }

        @Override
        public void warn(String message) {
            info("WARNING " + message);
        }

        @Override
        public void debug(String message) {}

        @Override
        public boolean isDebugEnabled() {
            return false;
        }
    }
}
