package io.dockerbox.engine;

import io.dockerbox.json.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw container and network calls against a socket that answers as the engine does. */
class ContainerCallsTest {
    @TempDir
    Path dir;
    private FakeEngineSocket engine;

    private ContainerCalls serve(Function<FakeEngineSocket.Request, byte[]> answers) throws Exception {
        engine = new FakeEngineSocket(dir.resolve("engine.sock"), answers);
        return new ContainerCalls(engine.http());
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void createSendsWhatTheSpecSays() throws Exception {
        ContainerCalls containers = serve(r -> FakeEngineSocket.answer(201, "{\"Id\":\"abc123\",\"Warnings\":[]}"));
        ContainerSpec spec = new ContainerSpec("site-1a2b", "acme/site:latest", Map.of("dockerbox.box", "acme/site"),
                List.of("A=1"), List.of("/bin/sh", "-c", "httpd -f"),
                List.of(new ContainerSpec.PublishedPort(null, null, 80, "tcp"), new ContainerSpec.PublishedPort("127.0.0.1", 5353, 53, "udp")),
                List.of("/data:/var/data:ro"), List.of("db-1"), "dockerbox-site", List.of("site"), false, 7);
        assertEquals("abc123", containers.create(spec));
        FakeEngineSocket.Request request = engine.requests.get(0);
        assertEquals("POST /containers/create?name=site-1a2b", request.line());
        Object body = Json.parse(request.body().getBytes(StandardCharsets.UTF_8), 0);
        assertEquals("acme/site:latest", Json.string(body, "Image"));
        assertEquals(Map.of("dockerbox.box", "acme/site"), Json.strings(body, "Labels"));
        assertEquals(List.of("A=1"), Json.at(body, "Env"));
        assertEquals(List.of("/bin/sh", "-c", "httpd -f"), Json.at(body, "Cmd"));
        assertEquals(7L, Json.at(body, "StopTimeout"));
        assertEquals(Map.of("80/tcp", Map.of(), "53/udp", Map.of()), Json.at(body, "ExposedPorts"));
        assertEquals(List.of(Map.of("HostIp", "", "HostPort", "")), Json.at(body, "HostConfig", "PortBindings", "80/tcp"));
        assertEquals(List.of(Map.of("HostIp", "127.0.0.1", "HostPort", "5353")), Json.at(body, "HostConfig", "PortBindings", "53/udp"));
        assertEquals(List.of("/data:/var/data:ro"), Json.at(body, "HostConfig", "Binds"));
        assertEquals(List.of("db-1"), Json.at(body, "HostConfig", "VolumesFrom"));
        assertEquals("dockerbox-site", Json.string(body, "HostConfig", "NetworkMode"));
        assertEquals(List.of("site"), Json.at(body, "NetworkingConfig", "EndpointsConfig", "dockerbox-site", "Aliases"));
        assertNull(Json.at(body, "Tty"));
    }

    @Test
    void anInteractiveContainerGetsATerminal() throws Exception {
        ContainerCalls containers = serve(r -> FakeEngineSocket.answer(201, "{\"Id\":\"abc\"}"));
        containers.create(new ContainerSpec(null, "busybox", Map.of(), List.of(), null, List.of(), List.of(), List.of(), null, List.of(), true, null));
        FakeEngineSocket.Request request = engine.requests.get(0);
        assertEquals("POST /containers/create", request.line());
        Object body = Json.parse(request.body().getBytes(StandardCharsets.UTF_8), 0);
        assertEquals(Boolean.TRUE, Json.at(body, "Tty"));
        assertEquals(Boolean.TRUE, Json.at(body, "OpenStdin"));
        assertNull(Json.at(body, "Cmd"));
        assertNull(Json.at(body, "NetworkingConfig"));
    }

    @Test
    void inspectReadsStatePortsLabelsAndHealth() throws Exception {
        String answer = "{\"Id\":\"0123456789abcdef\",\"Name\":\"/site-1\",\"Image\":\"sha256:img\","
                + "\"State\":{\"Status\":\"exited\",\"Running\":false,\"ExitCode\":137,\"OOMKilled\":true,\"Error\":\"\","
                + "\"StartedAt\":\"2026-11-29T10:00:00Z\",\"Health\":{\"Status\":\"unhealthy\",\"Log\":[]}},"
                + "\"Config\":{\"Image\":\"acme/site:latest\",\"Labels\":{\"dockerbox.version\":\"3\"}},"
                + "\"NetworkSettings\":{\"Ports\":{\"80/tcp\":[{\"HostIp\":\"0.0.0.0\",\"HostPort\":\"32768\"}],\"443/tcp\":null}}}";
        ContainerCalls containers = serve(r -> FakeEngineSocket.answer(200, answer));
        ContainerInfo info = containers.inspect("site-1").orElseThrow();
        assertEquals("GET /containers/site-1/json", engine.requests.get(0).line());
        assertEquals("0123456789abcdef", info.id());
        assertEquals("site-1", info.name());
        assertEquals("acme/site:latest", info.image());
        assertEquals("sha256:img", info.imageId());
        assertEquals("3", info.label("dockerbox.version"));
        assertFalse(info.running());
        assertEquals(137, info.exitCode());
        assertTrue(info.oomKilled());
        assertEquals("unhealthy", info.health());
        assertEquals(Map.of("80/tcp", 32768), info.ports());
        assertEquals("exited, exit code 137, killed for running out of memory (OOM)", info.describeState());
    }

    @Test
    void whatIsGoneIsEmptyOrAlreadyDone() throws Exception {
        ContainerCalls containers = serve(r -> r.line().startsWith("POST") ? FakeEngineSocket.answer(304, "")
                : FakeEngineSocket.answer(404, "{\"message\":\"No such container: x\"}"));
        assertTrue(containers.inspect("x").isEmpty());
        containers.remove("x");
        containers.stop("x", 3);
        containers.start("x");
        assertEquals(List.of("GET /containers/x/json", "DELETE /containers/x?force=1&v=1", "POST /containers/x/stop?t=3",
                "POST /containers/x/start"), engine.requests.stream().map(FakeEngineSocket.Request::line).toList());
    }

    @Test
    void aStopOfAContainerThatIsGoneIsNoFailure() throws Exception {
        // Removed by hand or by a prune: watch's replacement stops the old container first.
        ContainerCalls containers = serve(r -> FakeEngineSocket.answer(404, "{\"message\":\"No such container: x\"}"));
        containers.stop("x", 0);
        assertEquals(List.of("POST /containers/x/stop?t=0"), engine.requests.stream().map(FakeEngineSocket.Request::line).toList());
    }

    @Test
    void onPodmanARemoveKillsFirstAsItsForcedRemoveWaitsTheStopTimeout() throws Exception {
        ContainerCalls containers = serve(r -> ("HTTP/1.0 " + (r.line().startsWith("DELETE") ? "204" : "200")
                + " X\r\nLibpod-Api-Version: 4.3.1\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        containers.remove("0123456789abcdef");
        assertEquals(List.of("GET /_ping", "POST /containers/0123456789abcdef/kill", "DELETE /containers/0123456789abcdef?force=1&v=1"),
                engine.requests.stream().map(FakeEngineSocket.Request::line).toList());
        containers.remove("0123456789abcdef");
        assertEquals(5, engine.requests.size(), "one ping for the connection's life: the answers tell the rest");
    }

    @Test
    void onDockerARemoveIsOneCallOnceAnAnswerToldTheEngine() throws Exception {
        ContainerCalls containers = serve(r -> FakeEngineSocket.answer(r.line().startsWith("DELETE") ? 204 : 200, "OK"));
        containers.remove("0123456789abcdef");
        containers.remove("0123456789abcdef");
        assertEquals(List.of("GET /_ping", "DELETE /containers/0123456789abcdef?force=1&v=1", "DELETE /containers/0123456789abcdef?force=1&v=1"),
                engine.requests.stream().map(FakeEngineSocket.Request::line).toList());
    }

    @Test
    void renameSendsTheNewNameAndNamesBothInARefusal() throws Exception {
        ContainerCalls containers = serve(r -> r.line().contains("taken") ? FakeEngineSocket.answer(409, "{\"message\":\"name in use\"}")
                : FakeEngineSocket.answer(204, ""));
        containers.rename("0123456789abcdef", "site-1a2b");
        assertEquals("POST /containers/0123456789abcdef/rename?name=site-1a2b", engine.requests.get(0).line());
        EngineException e = assertThrows(EngineException.class, () -> containers.rename("0123456789abcdef", "taken"));
        assertTrue(e.getMessage().contains("rename container 0123456789ab to taken: Status 409: name in use"), e.getMessage());
    }

    @Test
    void aRefusalNamesTheCallAndTheEnginesMessage() throws Exception {
        ContainerCalls containers = serve(r -> FakeEngineSocket.answer(500,
                "{\"message\":\"driver failed programming external connectivity: Bind for 0.0.0.0:8080 failed: port is already allocated\"}\n"));
        EngineException e = assertThrows(EngineException.class, () -> containers.start("0123456789abcdef"));
        assertEquals("engine at unix://" + engine.path() + " failed to start container 0123456789ab: Status 500: driver failed programming"
                + " external connectivity: Bind for 0.0.0.0:8080 failed: port is already allocated", e.getMessage());
    }

    @Test
    void listFiltersByLabelAndInspectsEach() throws Exception {
        ContainerCalls containers = serve(r -> r.line().startsWith("GET /containers/json")
                ? FakeEngineSocket.answer(200, "[{\"Id\":\"a1\"},{\"Id\":\"gone\"}]")
                : r.line().contains("gone") ? FakeEngineSocket.answer(404, "{}")
                : FakeEngineSocket.answer(200, "{\"Id\":\"a1\",\"Name\":\"/one\",\"State\":{\"Running\":true}}"));
        List<ContainerInfo> found = containers.list(Map.of("dockerbox.project", "g:a"));
        assertEquals(List.of("one"), found.stream().map(ContainerInfo::name).toList());
        String line = URLDecoder.decode(engine.requests.get(0).line(), StandardCharsets.UTF_8);
        assertEquals("GET /containers/json?all=1&filters={\"label\":[\"dockerbox.project=g:a\"]}", line);
    }

    @Test
    void logsAreSplitIntoLines() throws Exception {
        byte[] head = "HTTP/1.0 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] frames = LogFramesTest.frames(1, "one\ntw", 2, "o\n");
        ContainerCalls containers = serve(r -> concat(head, frames));
        List<String> lines = new ArrayList<>();
        containers.logs("0123456789abcdef", 5, false, lines::add);
        assertEquals(List.of("one", "two"), lines);
        assertEquals("GET /containers/0123456789abcdef/logs?stdout=1&stderr=1&tail=5", engine.requests.get(0).line());
    }

    @Test
    void theNetworkIsMadeWhenMissingAndRemovedOnlyWhenUnused() throws Exception {
        List<String> answers = new ArrayList<>(List.of("404", "201", "members-running", "members-stopped", "members-none", "204",
                "members-none", "404"));
        ContainerCalls containers = serve(r -> switch (answers.remove(0)) {
            case "404" -> FakeEngineSocket.answer(404, "{\"message\":\"network n not found\"}");
            case "201" -> FakeEngineSocket.answer(201, "{\"Id\":\"n1\"}");
            case "members-running" -> FakeEngineSocket.answer(200, "[{\"Id\":\"c1\",\"Names\":[\"/web\"],\"State\":\"running\"}]");
            // What Docker answers for a stopped container of the network: not in the network's list, but found by the filter.
            case "members-stopped" -> FakeEngineSocket.answer(200, "[{\"Id\":\"c2\",\"Names\":[\"/db\"],\"State\":\"exited\"}]");
            case "members-none" -> FakeEngineSocket.answer(200, "[]");
            default -> FakeEngineSocket.answer(204, "");
        });
        containers.ensureNetwork("n", Map.of("dockerbox.project", "g:a"));
        Object created = Json.parse(engine.requests.get(1).body().getBytes(StandardCharsets.UTF_8), 0);
        assertEquals("n", Json.string(created, "Name"));
        assertEquals("bridge", Json.string(created, "Driver"));
        assertEquals(Map.of("dockerbox.project", "g:a"), Json.strings(created, "Labels"));
        assertFalse(containers.removeNetworkIfUnused("n"), "a running container in it");
        assertFalse(containers.removeNetworkIfUnused("n"), "a stopped container in it, which needs it to start again");
        assertTrue(containers.removeNetworkIfUnused("n"));
        assertFalse(containers.removeNetworkIfUnused("n"), "gone already");
        String members = "GET /containers/json?all=1&filters=" + EngineHttp.filters("network", List.of("n"));
        assertEquals(List.of("GET /networks/n", "POST /networks/create", members, members, members, "DELETE /networks/n", members,
                "DELETE /networks/n"), engine.requests.stream().map(FakeEngineSocket.Request::line).toList());
    }

    @Test
    void aDisconnectIsForcedAndARefusalIsNoError() throws Exception {
        List<Integer> answers = new ArrayList<>(List.of(200, 403, 404));
        ContainerCalls containers = serve(r -> FakeEngineSocket.answer(answers.remove(0), "{\"message\":\"refused\"}"));
        assertTrue(containers.disconnect("dockerbox-site", "abc123"));
        assertFalse(containers.disconnect("dockerbox-site", "abc123"));
        assertFalse(containers.disconnect("dockerbox-site", "abc123"));
        FakeEngineSocket.Request request = engine.requests.get(0);
        assertEquals("POST /networks/dockerbox-site/disconnect", request.line());
        Object body = Json.parse(request.body().getBytes(StandardCharsets.UTF_8), 0);
        assertEquals("abc123", Json.string(body, "Container"));
        assertEquals(Boolean.TRUE, Json.at(body, "Force"));
    }

    @Test
    void noEngineGivesTheUsualMessage() throws Exception {
        ContainerCalls containers = new ContainerCalls(new EngineHttp(Transport.of("unix://" + dir.resolve("none.sock"), null), "unix://" + dir.resolve("none.sock"), null));
        EngineException e = assertThrows(EngineException.class, () -> containers.inspect("x"));
        assertTrue(e.getMessage().startsWith("no Docker engine answered at unix://" + dir.resolve("none.sock")), e.getMessage());
    }

    @Test
    void anEngineThatAnsweredAndThenWentAwayIsNamedWithTheCall() throws Exception {
        ContainerCalls containers = serve(r -> FakeEngineSocket.answer(404, "{}"));
        containers.inspect("x");
        engine.close();
        java.nio.file.Files.delete(dir.resolve("engine.sock"));
        EngineException e = assertThrows(EngineException.class, () -> containers.inspect("0123456789abcdef"));
        assertTrue(e.getMessage().startsWith("engine at unix://" + dir.resolve("engine.sock") + " failed to inspect container 0123456789abcdef:"
                + " it no longer answers ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); did the engine stop or restart?"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
