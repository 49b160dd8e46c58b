package io.dockerbox.engine;

import io.dockerbox.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /commit}, keeping the CMD of the image the container ran (not a command the run
 * overrode it with). Podman reads the commit's {@code Config} body and then ignores it (4.3): the
 * image gets the container's labels and command. It honours {@code changes}, Dockerfile
 * instructions in the query, one per parameter, as {@code podman commit --change} does; so on
 * Podman the labels and the CMD go there. It also refuses a request without a body, hence {@code {}}.
 */
final class CommitCall {
    private final EngineHttp http;
    private final ContainerCalls containers;

    CommitCall(EngineHttp http, ContainerCalls containers) {
        this.http = http;
        this.containers = containers;
    }

    String commit(String containerId, Map<String, String> labels, String message) throws EngineException {
        String what = "commit container " + containerId;
        ContainerInfo container = containers.inspect(containerId).orElseThrow(() -> new EngineException("cannot commit container "
                + containerId + ": no such container (the container, or the image it was made from, no longer exists)"));
        EngineHttp.Answer image = http.request("GET", "/images/" + container.imageId() + "/json", null, what);
        if (image.status() == 404) {
            throw new EngineException("cannot commit container " + containerId + ": its image " + ImageIds.shortId(container.imageId())
                    + " no longer exists");
        }
        http.expect(image, what, 200);
        List<?> cmd = Json.at(http.json(image, what), "Config", "Cmd") instanceof List<?> list ? list : null;
        StringBuilder path = new StringBuilder("/commit?container=").append(EngineHttp.encode(containerId))
                .append("&pause=1&comment=").append(EngineHttp.encode(message));
        Map<String, Object> config = new LinkedHashMap<>();
        if (http.podman()) {
            for (String change : changes(labels, cmd)) {
                path.append("&changes=").append(EngineHttp.encode(change));
            }
        } else {
            config.put("Labels", labels);
            if (cmd != null) {
                config.put("Cmd", cmd);
            }
        }
        EngineHttp.Answer committed = http.request("POST", path.toString(), Json.write(config), what);
        http.expect(committed, what, 201, 200);
        return Json.string(http.json(committed, what), "Id");
    }

    /**
     * The Dockerfile instructions that give the image these labels and this CMD. Podman strips the
     * quotes around a value and takes the rest as it is (no escapes), and splits changes at line
     * breaks, so a label keeps its quotes and backslashes and loses its line breaks (the CMD is JSON,
     * where a line break is an escape).
     */
    static List<String> changes(Map<String, String> labels, List<?> cmd) {
        List<String> changes = new ArrayList<>();
        labels.forEach((k, v) -> changes.add("LABEL " + k + "=\"" + v.replaceAll("[\r\n]+", " ") + "\""));
        if (cmd != null && !cmd.isEmpty()) {
            changes.add("CMD " + new String(Json.write(cmd), java.nio.charset.StandardCharsets.UTF_8));
        }
        return changes;
    }
}
