package io.dockerbox.engine;

import io.dockerbox.json.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The container and network calls: create, start, inspect, list, stop, remove, logs, networks. */
final class ContainerCalls {
    private final EngineHttp http;

    ContainerCalls(EngineHttp http) {
        this.http = http;
    }

    String create(ContainerSpec spec) throws EngineException {
        Map<String, Object> exposed = new LinkedHashMap<>();
        Map<String, Object> bindings = new LinkedHashMap<>();
        for (ContainerSpec.PublishedPort port : spec.ports()) {
            exposed.put(port.key(), Map.of());
            Map<String, Object> binding = new LinkedHashMap<>();
            binding.put("HostIp", port.hostIp() == null ? "" : port.hostIp());
            binding.put("HostPort", port.hostPort() == null ? "" : String.valueOf(port.hostPort()));
            bindings.put(port.key(), List.of(binding));
        }
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("PortBindings", bindings);
        host.put("Binds", spec.binds());
        host.put("VolumesFrom", spec.volumesFrom());
        if (spec.network() != null) {
            host.put("NetworkMode", spec.network());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Image", spec.image());
        body.put("Labels", spec.labels());
        body.put("Env", spec.env());
        body.put("ExposedPorts", exposed);
        if (spec.command() != null) {
            body.put("Cmd", spec.command());
        }
        if (spec.stopTimeoutSeconds() != null) {
            // The engine's own default for this container: its shutdown and a plain "docker stop" honour it too.
            body.put("StopTimeout", spec.stopTimeoutSeconds());
        }
        if (spec.interactive()) {
            body.put("Tty", true);
            body.put("OpenStdin", true);
            body.put("AttachStdin", true);
            body.put("AttachStdout", true);
            body.put("AttachStderr", true);
        }
        body.put("HostConfig", host);
        if (spec.network() != null && !spec.aliases().isEmpty()) {
            body.put("NetworkingConfig", Map.of("EndpointsConfig", Map.of(spec.network(), Map.of("Aliases", spec.aliases()))));
        }
        String path = "/containers/create" + (spec.name() == null ? "" : "?name=" + EngineHttp.encode(spec.name()));
        EngineHttp.Answer answer = call("POST", path, Json.write(body), "create container from " + spec.image());
        expect(answer, "create container from " + spec.image(), 201);
        return Json.string(http.json(answer, "create container from " + spec.image()), "Id");
    }

    void start(String id) throws EngineException {
        String what = "start container " + ImageIds.shortId(id);
        expect(call("POST", "/containers/" + id + "/start", null, what), what, 204, 304);
    }

    Optional<ContainerInfo> inspect(String idOrName) throws EngineException {
        String what = "inspect container " + idOrName;
        EngineHttp.Answer answer = call("GET", "/containers/" + EngineHttp.encode(idOrName) + "/json", null, what);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        expect(answer, what, 200);
        return Optional.of(containerInfo(http.json(answer, what)));
    }

    static ContainerInfo containerInfo(Object c) {
        Map<String, Integer> ports = new HashMap<>();
        if (Json.at(c, "NetworkSettings", "Ports") instanceof Map<?, ?> published) {
            published.forEach((exposed, bound) -> {
                String hostPort = bound instanceof List<?> list && !list.isEmpty() ? Json.string(list.get(0), "HostPort") : null;
                if (hostPort != null && !hostPort.isEmpty()) {
                    ports.put(String.valueOf(exposed), Integer.parseInt(hostPort));
                }
            });
        }
        String name = Json.string(c, "Name");
        Object exitCode = Json.at(c, "State", "ExitCode");
        return new ContainerInfo(
                Json.string(c, "Id"),
                name != null && name.startsWith("/") ? name.substring(1) : name,
                Json.string(c, "Config", "Image"),
                Json.string(c, "Image"),
                Json.strings(c, "Config", "Labels"),
                Json.string(c, "State", "Status"),
                Boolean.TRUE.equals(Json.at(c, "State", "Running")),
                exitCode instanceof Number n ? n.intValue() : 0,
                Boolean.TRUE.equals(Json.at(c, "State", "OOMKilled")),
                Json.string(c, "State", "Health", "Status"),
                Json.string(c, "State", "Error"),
                ports,
                Json.string(c, "State", "StartedAt"),
                mounts(Json.at(c, "Mounts")));
    }

    private static List<Mount> mounts(Object mounts) {
        List<Mount> result = new ArrayList<>();
        if (mounts instanceof List<?> list) {
            for (Object m : list) {
                result.add(new Mount(Json.string(m, "Type"), Json.string(m, "Name"), Json.string(m, "Source"),
                        Json.string(m, "Destination"), !Boolean.FALSE.equals(Json.at(m, "RW"))));
            }
        }
        return result;
    }

    List<ContainerInfo> list(Map<String, String> labels) throws EngineException {
        List<String> filter = labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        String what = "list containers labelled " + labels;
        String path = "/containers/json?all=1" + (filter.isEmpty() ? "" : "&filters=" + EngineHttp.filters("label", filter));
        EngineHttp.Answer answer = call("GET", path, null, what);
        expect(answer, what, 200);
        List<ContainerInfo> result = new ArrayList<>();
        if (http.json(answer, what) instanceof List<?> containers) {
            for (Object c : containers) {
                // Gone between the list and the inspect: it is no longer there to report.
                inspect(Json.string(c, "Id")).ifPresent(result::add);
            }
        }
        return result;
    }

    void stop(String id, int timeoutSeconds) throws EngineException {
        String what = "stop container " + ImageIds.shortId(id);
        // 304: already stopped; 404: gone (removed by hand, a prune), so not running either.
        String path = "/containers/" + id + "/stop" + (timeoutSeconds < 0 ? "" : "?t=" + timeoutSeconds);
        expect(call("POST", path, null, what), what, 204, 304, 404);
    }

    void rename(String id, String name) throws EngineException {
        String what = "rename container " + ImageIds.shortId(id) + " to " + name;
        expect(call("POST", "/containers/" + id + "/rename?name=" + EngineHttp.encode(name), null, what), what, 204);
    }

    void remove(String id) throws EngineException {
        String what = "remove container " + ImageIds.shortId(id);
        if (http.podman()) {
            // Podman's forced remove stops the container first and waits its stop timeout (10 s by
            // default, and t=0 is ignored), where Docker's kills it: a container thrown away is killed
            // on both. The answer does not matter: one that is not running is removed all the same.
            call("POST", "/containers/" + id + "/kill", null, what);
        }
        // 404: already gone.
        expect(call("DELETE", "/containers/" + id + "?force=1&v=1", null, what), what, 204, 404);
    }

    /** The output of a container, streamed as it comes; with {@code follow}, until it stops. */
    void logs(String id, int tail, boolean follow, Consumer<String> output) throws EngineException {
        String what = outputOf(id);
        try (EngineHttp.Exchange logs = openLogs(id, tail, follow)) {
            LogFrames.copy(logs.body(), output);
        } catch (IOException e) {
            // The container went while its output was read (removed, or dead): the caller says which.
            throw http.connectionFailure(what, e);
        }
    }

    /** The answer to a logs request, its status checked, for the caller to read (and close). */
    EngineHttp.Exchange openLogs(String id, int tail, boolean follow) throws EngineException {
        String what = outputOf(id);
        String path = "/containers/" + id + "/logs?stdout=1&stderr=1&tail=" + (tail > 0 ? tail : "all") + (follow ? "&follow=1" : "");
        EngineHttp.Exchange logs = http.exchange("GET", path, Map.of(), null, false, false, what);
        try {
            http.expect(logs, what, 200);
            return logs;
        } catch (IOException e) {
            logs.close();
            throw http.connectionFailure(what, e);
        } catch (EngineException | RuntimeException e) {
            logs.close();
            throw e;
        }
    }

    static String outputOf(String id) {
        return "read the output of container " + ImageIds.shortId(id);
    }

    void ensureNetwork(String name, Map<String, String> labels) throws EngineException {
        String what = "create network " + name;
        EngineHttp.Answer found = call("GET", "/networks/" + EngineHttp.encode(name), null, what);
        if (found.status() == 200) {
            return;
        }
        expect(found, what, 404);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Name", name);
        body.put("Driver", "bridge");
        body.put("Labels", labels);
        body.put("CheckDuplicate", true);
        // 409: created by a parallel build in the meantime, which is what was wanted.
        expect(call("POST", "/networks/create", Json.write(body), what), what, 201, 409);
    }

    boolean disconnect(String network, String id) throws EngineException {
        String what = "disconnect container " + ImageIds.shortId(id) + " from network " + network;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Container", id);
        body.put("Force", true);
        // 404 (no such network or container) and 403/500 (not attached): nothing is detached.
        return call("POST", "/networks/" + EngineHttp.encode(network) + "/disconnect", Json.write(body), what).status() == 200;
    }

    /** Removes a named volume; says whether it existed. */
    boolean removeVolume(String name) throws EngineException {
        String what = "remove volume " + name;
        return expect(call("DELETE", "/volumes/" + EngineHttp.encode(name), null, what), what, 204, 404) == 204;
    }

    boolean removeNetworkIfUnused(String name) throws EngineException {
        String what = "remove network " + name;
        // Every container that belongs to it, running or stopped: a stopped one (a persistent box) could
        // not start again without it ("network ... not found"), and the network's own list names only
        // running ones. One question: a network that is gone has none, and its DELETE says 404.
        EngineHttp.Answer members = call("GET", "/containers/json?all=1&filters=" + EngineHttp.filters("network", List.of(name)), null, what);
        expect(members, what, 200);
        if (http.json(members, what) instanceof List<?> all && !all.isEmpty()) {
            return false;
        }
        // Anything but success: a container joined meanwhile ("has active endpoints"), or it went already.
        return call("DELETE", "/networks/" + EngineHttp.encode(name), null, what).status() == 204;
    }

    private EngineHttp.Answer call(String method, String path, byte[] body, String what) throws EngineException {
        return http.request(method, path, body, what);
    }

    private int expect(EngineHttp.Answer answer, String what, int... accepted) throws EngineException {
        return http.expect(answer, what, accepted);
    }
}
