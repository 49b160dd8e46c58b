package io.dockerbox.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunValidatorTest {
    private static final Path BASEDIR = Path.of("/project");

    private static RawRun run(List<String> ports, List<String> volumes, RawRun.RawWait wait) {
        return new RawRun(null, null, ports, volumes, Map.of(), null, wait, null, null, null);
    }

    private static List<RunConfig> validate(RawRun... runs) throws ConfigException {
        return RunValidator.validate(List.of(runs), "acme/site", "site", BASEDIR, false);
    }

    @Test
    void noRunConfiguredStartsTheProjectBoxUnderTheArtifactId() throws ConfigException {
        RunConfig run = RunValidator.validate(List.of(), "acme/site", "site", BASEDIR, false).get(0);
        assertEquals("site", run.name());
        assertEquals("acme/site", run.box());
        assertEquals("site", run.alias());
        assertEquals(WaitConfig.DEFAULT_TIMEOUT, run.waitFor().timeoutSeconds());
    }

    @Test
    void parsesTheThreePortForms() throws ConfigException {
        List<PortMapping> ports = validate(run(List.of("web.port:80", "8080:80", "127.0.0.1:db.port:3306/udp"), null, null)).get(0).ports();
        assertEquals(new PortMapping(null, "web.port", null, 80, "tcp", "web.port:80"), ports.get(0));
        assertEquals(new PortMapping(null, null, 8080, 80, "tcp", "8080:80"), ports.get(1));
        assertEquals(new PortMapping("127.0.0.1", "db.port", null, 3306, "udp", "127.0.0.1:db.port:3306/udp"), ports.get(2));
    }

    @Test
    void reportsEveryMalformedPortWithTheAcceptedForms() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> validate(run(List.of("80", "web:0", "80:http", "x:y:z:1", "localhost:8080:80", "1:80/sctp", "99999:80"), null, null)));
        assertEquals(7, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).contains("<port> '80' is not a port mapping; accepted forms:"), e.getMessage());
        assertTrue(e.getMessage().contains("container port 'http'"), e.getMessage());
        assertTrue(e.getMessage().contains("has 'localhost' where a host address such as 127.0.0.1 belongs"), e.getMessage());
        assertTrue(e.getMessage().contains("protocol 'sctp'"), e.getMessage());
        assertTrue(e.getMessage().contains("host port '99999'"), e.getMessage());
    }

    @Test
    void tellsHostFoldersNamedVolumesAndOtherContainersApart() throws ConfigException {
        List<VolumeMount> volumes = validate(run(null, List.of("/abs:/a", "src/www:/b:ro", "dbdata:/var/lib/mysql", "from:other"), null))
                .get(0).volumes();
        assertEquals(VolumeMount.Kind.HOST_FOLDER, volumes.get(0).kind());
        assertEquals("/project/src/www:/b:ro", volumes.get(1).bind());
        assertEquals(VolumeMount.Kind.NAMED_VOLUME, volumes.get(2).kind());
        assertEquals(VolumeMount.Kind.FROM_CONTAINER, volumes.get(3).kind());
        assertEquals("other", volumes.get(3).source());
    }

    @Test
    void rejectsAVolumeWithoutAnAbsoluteTarget() {
        ConfigException e = assertThrows(ConfigException.class, () -> validate(run(null, List.of("data:relative"), null)));
        assertTrue(e.getMessage().contains("<volume> 'data:relative' is not a volume; accepted forms:"), e.getMessage());
    }

    @Test
    void namesAnInvalidRegexAndANegativeTimeout() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> validate(run(null, null, new RawRun.RawWait("ftp://x", "42", "([a", "not a port!", null, "-1"))));
        assertEquals(5, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("<wait><log> '([a' is not a valid regular expression"), e.getMessage());
        assertTrue(e.getMessage().contains("<wait><timeout> -1 must be a number of seconds above 0"), e.getMessage());
        assertTrue(e.getMessage().contains("<wait><http> 'ftp://x' is not an http:// or https:// URL"), e.getMessage());
        assertTrue(e.getMessage().contains("<wait><status> 42 is not an HTTP status"), e.getMessage());
    }

    @Test
    void persistentPropertyMakesEveryRunPersistent() throws ConfigException {
        RunConfig run = RunValidator.validate(List.of(), "acme/site", "site", BASEDIR, true).get(0);
        assertTrue(run.persistent());
        assertNull(run.command());
    }

    @Test
    void severalRunsAreNamedAfterTheirBoxesAndOrderedByDependencies() throws ConfigException {
        RawRun web = new RawRun(null, "acme/web", null, null, null, null, null, null, List.of("db"), null);
        RawRun db = new RawRun(null, "acme/db", null, null, null, null, null, null, null, null);
        RawRun cache = new RawRun(null, "acme/cache", null, null, null, null, null, null, null, null);
        List<RunConfig> runs = validate(web, db, cache);
        assertEquals(List.of("site-web", "site-db", "site-cache"), runs.stream().map(RunConfig::name).toList());
        List<List<RunConfig>> levels = RunOrder.levels(runs);
        assertEquals(List.of("site-db", "site-cache"), levels.get(0).stream().map(RunConfig::name).toList());
        assertEquals(List.of("site-web"), levels.get(1).stream().map(RunConfig::name).toList());
    }

    @Test
    void rejectsUnknownDependenciesCyclesAndDuplicateNames() {
        RawRun a = new RawRun("x", "acme/a", null, null, null, null, null, null, List.of("b"), null);
        RawRun b = new RawRun("x", "acme/b", null, null, null, null, null, null, List.of("a", "nowhere"), null);
        ConfigException e = assertThrows(ConfigException.class, () -> validate(a, b));
        assertTrue(e.getMessage().contains("the name 'x' is used by more than one <run>"), e.getMessage());
        assertTrue(e.getMessage().contains("<dependsOn> 'nowhere' is not the box or name of another <run>"), e.getMessage());
        RawRun c = new RawRun(null, "acme/c", null, null, null, null, null, null, List.of("d"), null);
        RawRun d = new RawRun(null, "acme/d", null, null, null, null, null, null, List.of("c"), null);
        ConfigException cycle = assertThrows(ConfigException.class, () -> validate(c, d));
        assertTrue(cycle.getMessage().contains("depend on each other in a cycle"), cycle.getMessage());
    }

    @Test
    void stopTimeoutDefaultsToDockersTenSecondsAndMustNotBeNegative() throws ConfigException {
        assertEquals(10, validate(new RawRun(null, null, null, null, null, null, null, null, null, null)).get(0).stopTimeoutSeconds());
        assertEquals(0, validate(new RawRun(null, null, null, null, null, null, null, null, null, "0")).get(0).stopTimeoutSeconds());
        ConfigException e = assertThrows(ConfigException.class,
                () -> validate(new RawRun(null, null, null, null, null, null, null, null, null, "-1")));
        assertTrue(e.getMessage().contains("<stopTimeout> -1 must be a number of seconds, 0 or more"), e.getMessage());
    }

    @Test
    void portsOutOfRangeOrNotNumbersNameThePortAndTheRange() {
        ConfigException e = assertThrows(ConfigException.class, () -> validate(run(List.of("0:80", "65536:80", "-1:80", "web.port:0",
                "web.port:65536", "web.port:-1", "8080:abc", "abc", ""), null, null)));
        List<String> p = e.problems();
        assertEquals(9, p.size(), e.getMessage());
        assertTrue(p.get(0).endsWith("<port> '0:80' has host port '0', which is not a number from 1 to 65535"), p.get(0));
        assertTrue(p.get(1).endsWith("<port> '65536:80' has host port '65536', which is not a number from 1 to 65535"), p.get(1));
        assertTrue(p.get(2).endsWith("<port> '-1:80' has host port '-1', which is not a number from 1 to 65535"), p.get(2));
        assertTrue(p.get(3).contains("<port> 'web.port:0' has container port '0', which is not a number from 1 to 65535; accepted forms:"), p.get(3));
        assertTrue(p.get(4).contains("<port> 'web.port:65536' has container port '65536', which is not a number from 1 to 65535"), p.get(4));
        assertTrue(p.get(5).contains("<port> 'web.port:-1' has container port '-1', which is not a number from 1 to 65535"), p.get(5));
        assertTrue(p.get(6).contains("<port> '8080:abc' has container port 'abc'"), p.get(6));
        assertTrue(p.get(7).contains("<port> 'abc' is not a port mapping; accepted forms: PROPERTY:PORT"), p.get(7));
        assertTrue(p.get(8).contains("<port> '' is not a port mapping; accepted forms:"), p.get(8));
    }

    @Test
    void aWaitTcpPortOutOfRangeIsNamed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> validate(run(null, null, new RawRun.RawWait(null, null, null, "65536", null, null))));
        assertTrue(e.getMessage().endsWith("<wait><tcp> '65536' is neither a port property of <ports> nor a port number from 1 to 65535"),
                e.getMessage());
    }

    @Test
    void timeoutsAndStatusThatAreNotNumbersOrNegativeAreNamedWithTheirRange() {
        ConfigException e = assertThrows(ConfigException.class, () -> validate(
                new RawRun(null, null, null, null, null, null, new RawRun.RawWait(null, "abc", null, null, null, "0"), null, null, "abc"),
                new RawRun("two", "acme/two", null, null, null, null, new RawRun.RawWait(null, null, null, null, null, "soon"), null, null,
                        "-5")));
        List<String> p = e.problems();
        assertEquals(5, p.size(), e.getMessage());
        assertTrue(p.contains("<runs><run>[1]: <wait><status> abc is not an HTTP status (100 to 599); leave it out to accept any 2xx"), e.getMessage());
        assertTrue(p.contains("<runs><run>[1]: <wait><timeout> 0 must be a number of seconds above 0 (default 60)"), e.getMessage());
        assertTrue(p.contains("<runs><run>[1]: <stopTimeout> abc must be a number of seconds, 0 or more (0 kills at once; default 10)"),
                e.getMessage());
        assertTrue(p.contains("<runs><run>[2]: <wait><timeout> soon must be a number of seconds above 0 (default 60)"), e.getMessage());
        assertTrue(p.contains("<runs><run>[2]: <stopTimeout> -5 must be a number of seconds, 0 or more (0 kills at once; default 10)"),
                e.getMessage());
    }

    @Test
    void aBoxThatIsNotARepositoryNameAndAnEmptyDependencyAreNamed() {
        RawRun upper = new RawRun(null, "Acme/Site", null, null, null, null, null, null, null, null);
        RawRun space = new RawRun(null, "acme/my site", null, null, null, null, null, null, null, null);
        RawRun empty = new RawRun(null, "acme/db", null, null, null, null, null, null, java.util.Arrays.asList(" ", null), null);
        ConfigException e = assertThrows(ConfigException.class, () -> validate(upper, space, empty));
        assertTrue(e.problems().get(0).startsWith("<runs><run>[1]: <box> 'Acme/Site' is not a valid image repository name: use lower-case"),
                e.getMessage());
        assertTrue(e.problems().get(1).startsWith("<runs><run>[2]: <box> 'acme/my site' is not a valid image repository name"), e.getMessage());
        assertTrue(e.problems().get(2).startsWith("<runs><run>[3]: an empty <dependsOn>; name the box"), e.getMessage());
        assertEquals(4, e.problems().size(), e.getMessage());
    }

    @Test
    void aContainerNameWithASpaceAndAVolumeOptionAreNamed() {
        RawRun spaced = new RawRun("my site", null, null, List.of("data:/var/lib/data:RO!"), null, null, null, null, null, null);
        ConfigException e = assertThrows(ConfigException.class, () -> validate(spaced));
        assertEquals(List.of("<run>: <name> 'my site' is not a valid container name: use letters, digits and . _ -, starting with a letter"
                + " or digit", "<run>: <volume> 'data:/var/lib/data:RO!' has options 'RO!'; use ro or rw"), e.problems());
    }

    @Test
    void switchesOfARunAreTrueOrFalseAndNothingElse() throws ConfigException {
        assertTrue(validate(new RawRun(null, null, null, null, null, null, null, "TRUE", null, null)).get(0).persistent());
        assertEquals(false, validate(new RawRun(null, null, null, null, null, null, null, "false", null, null)).get(0).persistent());
        assertTrue(validate(run(null, null, new RawRun.RawWait(null, null, null, null, "true", null))).get(0).waitFor().healthy());
        ConfigException e = assertThrows(ConfigException.class, () -> validate(new RawRun(null, null, null, null, null, null,
                new RawRun.RawWait(null, null, null, null, "maybe", null), "yes", null, null)));
        assertTrue(e.getMessage().contains("<persistent> 'yes' is neither true nor false"), e.getMessage());
        assertTrue(e.getMessage().contains("<wait><healthy> 'maybe' is neither true nor false"), e.getMessage());
    }
}
