package io.dockerbox.engine;

import io.dockerbox.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** What runs in a container: exec, an attached terminal, the wait for its end, and its resource use. */
final class ProcessCalls {
    private final EngineHttp http;
    private final ContainerCalls containers;

    ProcessCalls(EngineHttp http, ContainerCalls containers) {
        this.http = http;
        this.containers = containers;
    }

    int exec(String id, List<String> command, Consumer<String> output) throws EngineException {
        String what = "run " + command + " in container " + id;
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("AttachStdout", true);
        spec.put("AttachStderr", true);
        spec.put("Cmd", command);
        EngineHttp.Answer created = http.request("POST", "/containers/" + id + "/exec", Json.write(spec), what);
        http.expect(created, what, 201);
        String execId = Json.string(http.json(created, what), "Id");
        byte[] start = Json.write(Map.of("Detach", false, "Tty", false));
        // The engine hijacks the connection and sends the output framed until the command ends.
        try (EngineHttp.Exchange running = http.exchange("POST", "/exec/" + execId + "/start", Map.of(), out -> out.write(start), true, false, what)) {
            http.expect(running, what, 200, 101);
            LogFrames.copy(running.body(), output);
        } catch (IOException e) {
            throw http.connectionFailure(what, e);
        }
        EngineHttp.Answer ended = http.request("GET", "/exec/" + execId + "/json", null, what);
        http.expect(ended, what, 200);
        return Json.at(http.json(ended, what), "ExitCode") instanceof Number code ? code.intValue() : -1;
    }

    /** Attaches a terminal to a created container, starts it, and returns its exit code when it ends. */
    int attachInteractive(String id, InputStream in, OutputStream out, int rows, int columns) throws EngineException {
        String what = "attach a terminal to container " + ImageIds.shortId(id);
        String path = "/containers/" + id + "/attach?stream=1&stdin=1&stdout=1&stderr=1";
        try (EngineHttp.Exchange attached = http.exchange("POST", path, Map.of(), null, false, true, what)) {
            http.expect(attached, what, 101, 200);
            Thread keys = new Thread(() -> pump(in, attached.out()), "dockerbox-terminal-input");
            // Blocked reading the user's terminal when the container ends; the JVM need not wait for it.
            keys.setDaemon(true);
            keys.start();
            containers.start(id);
            if (rows > 0 && columns > 0) {
                // A terminal of the wrong size is still a terminal: the answer is not checked.
                http.request("POST", "/containers/" + id + "/resize?h=" + rows + "&w=" + columns, null, what);
            }
            pump(attached.body(), out);
        } catch (IOException e) {
            throw http.connectionFailure(what, e);
        }
        return waitFor(id);
    }

    private static void pump(InputStream from, OutputStream to) {
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = from.read(buffer)) > 0) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // Either side went away; the container's exit ends the session.
        }
    }

    /**
     * The output of a started container until it exits, streamed as it comes, and its exit code. The
     * exit is waited for beside the stream because a followed log can outlive its container: Podman
     * 4.3 kept one open minutes after a one-line command had exited and its line had come (seen in
     * the engine-podman IT). A stream still open a second after the exit is closed, and the lines it
     * had not delivered are read once more without following, so none is lost or repeated.
     */
    int outputUntilExit(String id, Consumer<String> output) throws EngineException {
        EngineHttp.Exchange logs = containers.openLogs(id, 0, true);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        CountDownLatch streamEnded = new CountDownLatch(1);
        AtomicBoolean cut = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                exit.complete(waitFor(id));
                if (!streamEnded.await(1, TimeUnit.SECONDS)) {
                    cut.set(true);
                    logs.close();
                }
            } catch (EngineException | RuntimeException e) {
                exit.completeExceptionally(e);
                cut.set(true);
                logs.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dockerbox-wait-" + ImageIds.shortId(id));
        // The reading thread decides when this ends; a JVM that is done need not wait for it.
        waiter.setDaemon(true);
        waiter.start();
        int[] delivered = {0};
        try (logs) {
            LogFrames.copy(logs.body(), line -> {
                delivered[0]++;
                output.accept(line);
            });
        } catch (IOException e) {
            if (!cut.get()) {
                throw http.connectionFailure(ContainerCalls.outputOf(id), e);
            }
        } finally {
            streamEnded.countDown();
        }
        int code;
        try {
            code = exit.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EngineException failed) {
                throw failed;
            }
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for container " + ImageIds.shortId(id) + " to exit", e);
        }
        if (cut.get()) {
            int[] skip = {delivered[0]};
            containers.logs(id, 0, false, line -> {
                if (skip[0] > 0) {
                    skip[0]--;
                } else {
                    output.accept(line);
                }
            });
        }
        return code;
    }

    /** Waits until a container stops and returns its exit code. */
    int waitFor(String id) throws EngineException {
        String what = "wait for container " + ImageIds.shortId(id);
        EngineHttp.Answer ended = http.request("POST", "/containers/" + id + "/wait", null, what);
        http.expect(ended, what, 200);
        return Json.at(http.json(ended, what), "StatusCode") instanceof Number code ? code.intValue() : -1;
    }

    /** One sample; the engine reads two, a second apart, so the CPU share is over that second. */
    Optional<ContainerStats> stats(String id) throws EngineException {
        String what = "read the resource use of container " + ImageIds.shortId(id);
        EngineHttp.Answer answer = http.request("GET", "/containers/" + id + "/stats?stream=false", null, what);
        if (answer.status() == 404 || answer.status() == 409) {
            return Optional.empty();
        }
        http.expect(answer, what, 200);
        Object s = http.json(answer, what);
        double cpu = 0;
        long total = number(s, "cpu_stats", "cpu_usage", "total_usage") - number(s, "precpu_stats", "cpu_usage", "total_usage");
        long system = number(s, "cpu_stats", "system_cpu_usage") - number(s, "precpu_stats", "system_cpu_usage");
        if (system > 0 && total >= 0) {
            long cpus = Math.max(1, number(s, "cpu_stats", "online_cpus"));
            cpu = (double) total / system * cpus * 100.0;
        }
        return Optional.of(new ContainerStats(cpu, number(s, "memory_stats", "usage"), number(s, "memory_stats", "limit")));
    }

    private static long number(Object json, String... path) {
        return Json.at(json, path) instanceof Number n ? n.longValue() : 0;
    }
}
