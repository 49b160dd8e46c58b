package io.dockerbox.engine;

import static io.dockerbox.engine.FakeEngineSocket.streamed;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockerbox.engine.FakeEngineSocket.Answer;
import io.dockerbox.engine.FakeEngineSocket.Kind;
import io.dockerbox.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link Engine} operation once, through every transport a unit test can reach (a unix socket,
 * TCP, TLS with client certificates, ssh), against a fake engine that gives its answers in the order
 * listed: the request line (decoded), the body, and the typed answer of each. JSON is written here
 * with ' for ", to be read more easily.
 */
class EngineContractTest {
    private static final String CONTAINER = "{'Id':'c1','Name':'/site-1','Image':'sha256:img',"
            + "'Config':{'Image':'acme/site:1','Labels':{'dockerbox.box':'site'}},"
            + "'State':{'Status':'running','Running':true,'ExitCode':0,'StartedAt':'2026-11-30T10:00:00Z'},"
            + "'NetworkSettings':{'Ports':{'80/tcp':[{'HostIp':'127.0.0.1','HostPort':'8080'}]}}}";
    private static final ContainerInfo SITE = new ContainerInfo("c1", "site-1", "acme/site:1", "sha256:img", Map.of("dockerbox.box", "site"),
            "running", true, 0, false, null, null, Map.of("80/tcp", 8080), "2026-11-30T10:00:00Z");

    @TempDir
    static Path certificates; // made once: openssl is slow to start
    @TempDir
    Path dir;
    private FakeEngineSocket fake;

    /** The engine over {@code kind} as production opens it, answered in this order. */
    private Engine serve(Kind kind, Answer... answers) throws Exception {
        Queue<Answer> next = new ConcurrentLinkedQueue<>(List.of(answers));
        fake = new FakeEngineSocket(kind, dir.resolve("engine.sock"), certificates,
                r -> next.isEmpty() ? json(500, "{'message':'unexpected " + r.line() + "'}") : next.remove());
        return fake.engine();
    }

    @AfterEach
    void close() throws IOException {
        if (fake != null) {
            fake.close();
        }
    }

    /** The request lines, decoded. */
    private List<String> requests() {
        return fake.requests.stream().map(r -> URLDecoder.decode(r.line(), UTF_8).replace('"', '\'')).toList();
    }

    private String body(int request) {
        return fake.requests.get(request).body().replace('"', '\'');
    }

    private static Answer json(int status, String body) {
        return FakeEngineSocket.json(status, body.replace('\'', '"'));
    }

    private static Answer stream(String... messages) {
        return FakeEngineSocket.bytes(FakeEngineSocket.chunked(200, true, Stream.of(messages).map(m -> m.replace('\'', '"')).toArray(String[]::new)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void imagesAreInspectedListedTaggedAndRemoved(Kind kind) throws Exception {
        Engine engine = serve(kind,
                json(200, "{'Id':'sha256:img','RepoTags':['acme/site:1'],'Size':2048,'Created':'2026-11-30T10:00:00Z',"
                        + "'Config':{'Labels':{'dockerbox.version':'1'}}}"),
                json(404, "{'message':'No such image: gone:1'}"),
                json(200, "[{'Id':'sha256:img','RepoTags':['acme/site:1','acme/site:latest'],'Labels':{'dockerbox.version':'1'},"
                        + "'Size':2048,'Created':1796032800}]"),
                json(201, ""),
                json(200, "[{'Untagged':'acme/site:1'}]"));
        assertEquals(fake.address, engine.address());
        assertEquals(Optional.of(new ImageInfo("sha256:img", List.of("acme/site:1"), Map.of("dockerbox.version", "1"), 2048, 1796032800)),
                engine.inspectImage("acme/site:1"));
        assertEquals(Optional.empty(), engine.inspectImage("gone:1"));
        assertEquals(List.of(new ImageInfo("sha256:img", List.of("acme/site:1", "acme/site:latest"), Map.of("dockerbox.version", "1"), 2048,
                1796032800)), engine.listImages("acme/site"));
        engine.tag("sha256:img", "acme/site", "latest");
        engine.removeImage("acme/site:1");
        assertEquals(List.of("GET /images/acme/site:1/json", "GET /images/gone:1/json", "GET /images/json?filters={'reference':['acme/site']}",
                "POST /images/sha256:img/tag?repo=acme/site&tag=latest", "DELETE /images/acme/site:1"), requests());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aBuildStreamsItsContextAndItsOutputAndNamesTheImageFromAux(Kind kind) throws Exception {
        Engine engine = serve(kind, stream("{'stream':'Step 1/2 : FROM busybox\\n'}",
                "{'stream':' ---> 0123\\nStep 2/2 : RUN make\\n'}{'stream':'made\\n'}", "{'aux':{'ID':'sha256:built'}}"));
        String context = "context ".repeat(10_000); // more than one chunk
        List<String> output = new ArrayList<>();
        BuildRequest request = new BuildRequest(out -> out.write(context.getBytes(UTF_8)), "Dockerfile", Map.of("A", "1 2"), List.of("acme/site:1"));
        assertEquals("sha256:built", engine.build(request, output::add));
        assertEquals(List.of("Step 1/2 : FROM busybox", " ---> 0123", "Step 2/2 : RUN make", "made"), output);
        assertEquals(List.of("POST /build?dockerfile=Dockerfile&rm=1&forcerm=1&t=acme/site:1&buildargs={'A':'1 2'}"), requests());
        assertEquals(context, body(0));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCommitsFileCallsPauseStreamTheArchiveStatAPathAndListChangesAndAVolumesContainers(Kind kind) throws Exception {
        String stat = java.util.Base64.getEncoder().encodeToString("{\"name\":\"x\",\"size\":7,\"mode\":420}".getBytes(UTF_8));
        Engine engine = serve(kind,
                json(204, ""),
                FakeEngineSocket.bytes(FakeEngineSocket.chunked(200, true, "data/x ".repeat(5_000), "the end")),
                json(204, ""),
                FakeEngineSocket.streamed("HTTP/1.1 200 OK\r\nX-Docker-Container-Path-Stat: " + stat + "\r\nContent-Length: 93\r\n", new byte[0]),
                json(200, "[{'Path':'/etc','Kind':0},{'Path':'/root-x','Kind':1}]"),
                json(200, "[{'Id':'c2','Names':['/other']}]"));
        engine.pause("c1");
        String[] archive = new String[1];
        engine.readArchive("c1", "/data", tar -> archive[0] = new String(tar.readAllBytes(), UTF_8));
        engine.unpause("c1");
        assertEquals("data/x ".repeat(5_000) + "the end", archive[0]);
        assertEquals(Optional.of(7L), engine.pathSize("c1", "/data/x"));
        assertEquals(List.of(new FileChange("/etc", FileChange.Kind.CHANGED), new FileChange("/root-x", FileChange.Kind.ADDED)), engine.changes("c1"));
        assertEquals(List.of("other"), engine.containersUsingVolume("site-db"));
        assertEquals(List.of("POST /containers/c1/pause", "GET /containers/c1/archive?path=/data", "POST /containers/c1/unpause",
                "HEAD /containers/c1/archive?path=/data/x", "GET /containers/c1/changes",
                "GET /containers/json?all=1&filters={'volume':['site-db']}"), requests());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void pullAndPushReportProgressSendCredentialsAndFailOnAnErrorInTheStream(Kind kind) throws Exception {
        Engine engine = serve(kind,
                stream("{'status':'Pulling from acme/site','id':'1'}",
                        "{'status':'Downloading','progressDetail':{'current':5,'total':10},'id':'a1b2'}"),
                stream("{'status':'The push refers to repository [localhost:5443/acme/site]'}",
                        "{'errorDetail':{'message':'unauthorized: authentication required'},'error':'unauthorized: authentication required'}"));
        List<String> progress = new ArrayList<>();
        TransferListener listener = (layer, status, current, total) -> progress.add(layer + " " + status + " " + current + "/" + total);
        engine.pull("localhost:5443/acme/site:1", new RegistryAuth("localhost:5443", "u", "p", null, "settings.xml"), listener);
        TransferFailedException e = assertThrows(TransferFailedException.class,
                () -> engine.push("localhost:5443/acme/site:1", RegistryAuth.anonymous("localhost:5443"), listener));
        assertEquals("engine at " + fake.address + " failed to push localhost:5443/acme/site:1: unauthorized: authentication required", e.getMessage());
        assertEquals(List.of("1 Pulling from acme/site -1/-1", "a1b2 Downloading 5/10",
                "null The push refers to repository [localhost:5443/acme/site] -1/-1"), progress);
        assertEquals(List.of("POST /images/create?fromImage=localhost:5443/acme/site&tag=1", "POST /images/localhost:5443/acme/site/push?tag=1"),
                requests());
        assertEquals("{'username':'u','password':'p','serveraddress':'localhost:5443'}", registryAuth(0));
        assertEquals("{}", registryAuth(1));
    }

    private String registryAuth(int request) {
        return new String(Base64.getUrlDecoder().decode(fake.requests.get(request).headers().get("x-registry-auth")), UTF_8).replace('"', '\'');
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void containersAreCreatedStartedInspectedListedStoppedAndRemoved(Kind kind) throws Exception {
        Engine engine = serve(kind, json(201, "{'Id':'c1','Warnings':[]}"), json(204, ""), json(200, CONTAINER),
                json(200, "[{'Id':'c1'}]"), json(200, CONTAINER), json(204, ""), json(204, ""));
        assertEquals("c1", engine.createContainer(new ContainerSpec("site-1", "acme/site:1", Map.of("dockerbox.box", "site"), List.of("A=1"),
                List.of("httpd", "-f"), List.of(new ContainerSpec.PublishedPort("127.0.0.1", 8080, 80, "tcp")), List.of("/data:/var/data"),
                List.of(), "dockerbox-site", List.of("site"), false, 10)));
        engine.startContainer("c1");
        assertEquals(Optional.of(SITE), engine.inspectContainer("site-1"));
        assertEquals(List.of(SITE), engine.listContainers(Map.of("dockerbox.box", "site")));
        engine.stopContainer("c1", 5);
        engine.removeContainer("c1");
        assertEquals(List.of("POST /containers/create?name=site-1", "POST /containers/c1/start", "GET /containers/site-1/json",
                "GET /containers/json?all=1&filters={'label':['dockerbox.box=site']}", "GET /containers/c1/json",
                "POST /containers/c1/stop?t=5", "DELETE /containers/c1?force=1&v=1"), requests());
        assertEquals("{'Image':'acme/site:1','Labels':{'dockerbox.box':'site'},'Env':['A=1'],'ExposedPorts':{'80/tcp':{}},"
                + "'Cmd':['httpd','-f'],'StopTimeout':10,'HostConfig':{'PortBindings':{'80/tcp':[{'HostIp':'127.0.0.1',"
                + "'HostPort':'8080'}]},'Binds':['/data:/var/data'],'VolumesFrom':[],'NetworkMode':'dockerbox-site'},"
                + "'NetworkingConfig':{'EndpointsConfig':{'dockerbox-site':{'Aliases':['site']}}}}", body(0));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void outputComesAsLinesAndResourceUseAsOneSample(Kind kind) throws Exception {
        String multiplexed = "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n";
        Engine engine = serve(kind, streamed(multiplexed, LogFramesTest.frames(1, "one\ntw", 2, "o\n")),
                streamed(multiplexed, LogFramesTest.frames(1, "ready\n")),
                json(200, "{'cpu_stats':{'cpu_usage':{'total_usage':1500},'system_cpu_usage':3000,'online_cpus':1},"
                        + "'precpu_stats':{'cpu_usage':{'total_usage':1000},'system_cpu_usage':2000},"
                        + "'memory_stats':{'usage':1024,'limit':4096}}"));
        assertEquals(List.of("one", "two"), engine.logs("c1", 10));
        List<String> followed = new ArrayList<>();
        engine.followLogs("c1", 0, followed::add);
        assertEquals(List.of("ready"), followed);
        assertEquals(Optional.of(new ContainerStats(50.0, 1024, 4096)), engine.stats("c1"));
        assertEquals(List.of("GET /containers/c1/logs?stdout=1&stderr=1&tail=10", "GET /containers/c1/logs?stdout=1&stderr=1&tail=all&follow=1",
                "GET /containers/c1/stats?stream=false"), requests());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void networksAreMadeLeftAndRemovedAndSoAreVolumes(Kind kind) throws Exception {
        Engine engine = serve(kind, json(404, "{'message':'network dockerbox-site not found'}"), json(201, "{'Id':'n1'}"),
                json(200, "{}"), json(200, "[]"), json(204, ""), json(204, ""));
        engine.ensureNetwork("dockerbox-site", Map.of("dockerbox.project", "g:a"));
        assertTrue(engine.disconnectFromNetwork("dockerbox-site", "c1"));
        assertTrue(engine.removeNetworkIfUnused("dockerbox-site"));
        assertTrue(engine.removeVolume("data"));
        assertEquals(List.of("GET /networks/dockerbox-site", "POST /networks/create", "POST /networks/dockerbox-site/disconnect",
                "GET /containers/json?all=1&filters={'network':['dockerbox-site']}",
                "DELETE /networks/dockerbox-site", "DELETE /volumes/data"), requests());
        assertEquals("{'Name':'dockerbox-site','Driver':'bridge','Labels':{'dockerbox.project':'g:a'},'CheckDuplicate':true}",
                body(1));
        assertEquals("{'Container':'c1','Force':true}", body(2));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCommitKeepsTheCmdOfTheImageTheContainerRan(Kind kind) throws Exception {
        Engine engine = serve(kind, json(200, CONTAINER), json(200, "{'Id':'sha256:img','Config':{'Cmd':['httpd']}}"),
                json(201, "{'Id':'sha256:new'}"));
        assertEquals("sha256:new", engine.commit("c1", Map.of("dockerbox.kind", "commit"), "row 1"));
        // The answers so far had no Libpod-Api-Version header: Docker, known without a ping.
        assertEquals(List.of("GET /containers/c1/json", "GET /images/sha256:img/json",
                "POST /commit?container=c1&pause=1&comment=row 1"), requests());
        assertEquals("{'Labels':{'dockerbox.kind':'commit'},'Cmd':['httpd']}", body(2));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void execStreamsItsOutputAndGivesItsExitCodeAndSoDoesAContainerRunToItsEnd(Kind kind) throws Exception {
        Engine engine = serve(kind, json(201, "{'Id':'e1'}"),
                streamed("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n", LogFramesTest.frames(1, "hi\n", 2, "warn\n")),
                json(200, "{'Running':false,'ExitCode':3}"),
                streamed("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n", LogFramesTest.frames(1, "ran\n")),
                json(200, "{'StatusCode':7}"));
        List<String> output = new ArrayList<>();
        assertEquals(3, engine.exec("c1", List.of("sh", "-c", "echo hi"), output::add));
        assertEquals(List.of("hi", "warn"), output);
        List<String> ran = new ArrayList<>();
        assertEquals(7, engine.outputUntilExit("c1", ran::add));
        assertEquals(List.of("ran"), ran);
        assertEquals(List.of("POST /containers/c1/exec", "POST /exec/e1/start", "GET /exec/e1/json",
                "GET /containers/c1/logs?stdout=1&stderr=1&tail=all&follow=1", "POST /containers/c1/wait"), requests());
        assertEquals("{'AttachStdout':true,'AttachStderr':true,'Cmd':['sh','-c','echo hi']}", body(0));
        assertEquals(Map.of("Detach", false, "Tty", false), Json.parse(fake.requests.get(1).body().getBytes(UTF_8), 0)); // a Map.of: either order
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFollowedLogThatOutlivesItsContainerIsCutAndItsRestReadOnce(Kind kind) throws Exception {
        // As Podman 4.3 did: the first line streamed, then the stream stays open after the exit.
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n\r\n").getBytes(UTF_8);
        Engine engine = serve(kind, (in, out) -> {
            out.write(head);
            out.write(LogFramesTest.frames(1, "one\n"));
            out.flush();
            while (in.read() >= 0) {
                // open until the client closes it
            }
        }, json(200, "{'StatusCode':0}"),
                streamed("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n", LogFramesTest.frames(1, "one\n", 2, "two\n")));
        List<String> output = new ArrayList<>();
        assertEquals(0, engine.outputUntilExit("c1", output::add));
        assertEquals(List.of("one", "two"), output);
        assertEquals(List.of("GET /containers/c1/logs?stdout=1&stderr=1&tail=all&follow=1", "POST /containers/c1/wait",
                "GET /containers/c1/logs?stdout=1&stderr=1&tail=all"), requests());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAttachedTerminalCarriesKeysTypedAfterThePromptAndEndsWithTheExitCode(Kind kind) throws Exception {
        Answer shell = (in, out) -> {
            out.write("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n$ ".getBytes(UTF_8));
            String line = "";
            while (!line.equals("exit") && (line = Chunked.line(in)) != null) {
                out.write((line + "\n").getBytes(UTF_8));
            }
        };
        Engine engine = serve(kind, shell, json(204, ""), json(200, ""), json(200, "{'StatusCode':0}"));
        CountDownLatch prompted = new CountDownLatch(1);
        ByteArrayOutputStream terminal = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                if (toString(UTF_8).endsWith("$ ")) {
                    prompted.countDown();
                }
            }
        };
        InputStream keys = new FilterInputStream(new ByteArrayInputStream("echo hi\nexit\n".getBytes(UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    prompted.await();
                    Thread.sleep(100); // a person types a moment after the prompt, while the client waits for more output
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
                return super.read(b, off, len);
            }
        };
        assertEquals(0, assertTimeoutPreemptively(Duration.ofSeconds(20), () -> engine.attachInteractive("c1", keys, terminal, 24, 80)));
        assertEquals("$ echo hi\nexit\n", terminal.toString(UTF_8));
        assertEquals(List.of("POST /containers/c1/attach?stream=1&stdin=1&stdout=1&stderr=1", "POST /containers/c1/start",
                "POST /containers/c1/resize?h=24&w=80", "POST /containers/c1/wait"), requests());
        assertEquals("tcp", fake.requests.get(0).headers().get("upgrade"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nothingListeningIsNoEngine(Kind kind) throws Exception {
        Engine engine = serve(kind);
        fake.close();
        EngineException e = assertThrows(EngineException.class, () -> engine.inspectImage("acme/site:1"));
        assertTrue(e.getMessage().startsWith("no Docker engine answered at " + fake.address + " ("), e.getMessage());
    }

    @Test
    void sshRunsAsTheDockerCliRunsIt() throws Exception {
        serve(Kind.SSH, json(404, "{}")).inspectImage("acme/site:1");
        assertEquals(List.of("-o", "ConnectTimeout=30", "-o", "BatchMode=yes", "-T", "-l", "user", "-p", "2222", "--", "host",
                "docker", "system", "dial-stdio"), fake.sshArguments());
    }

    @Test
    void anSshThatIsRefusedSaysWhy() throws Exception {
        Path ssh = FakeEngineSocket.script(dir.resolve("refused-ssh"), "echo 'user@host: Permission denied (publickey).' >&2\nexit 255");
        String address = "ssh://user@host:2222";
        Engine engine = new ApiEngine(new EngineHttp(Transport.ssh(URI.create(address), ssh.toString()), address, null));
        EngineException e = assertThrows(EngineException.class, () -> engine.inspectImage("acme/site:1"));
        assertEquals("no Docker engine answered at ssh://user@host:2222 (IOException: ssh exited with code 255: user@host: Permission denied"
                + " (publickey).). Check that 'ssh -p 2222 user@host docker version' works from this shell (keys, known hosts, docker on the"
                + " far side).", e.getMessage());
    }
}
