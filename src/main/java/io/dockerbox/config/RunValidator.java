package io.dockerbox.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Turns {@code <run>} / {@code <runs>} into {@link RunConfig}s, or reports every problem at once. */
public final class RunValidator {
    static final String PORT_FORMS = "accepted forms: PROPERTY:PORT (a free host port told through a Maven property, e.g. web.port:80), "
            + "HOSTPORT:PORT (e.g. 8080:80), IP:PROPERTY:PORT or IP:HOSTPORT:PORT (e.g. 127.0.0.1:db.port:3306); PORT may end in /tcp or /udp";
    static final String VOLUME_FORMS = "accepted forms: /host/folder:/in/box (a host folder; relative ones start at the project), "
            + "name:/in/box (a named volume), from:container (the volumes of another container); add :ro for read-only";
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]?\\d+");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    static final Pattern CONTAINER_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    private static final Pattern VOLUME_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    private RunValidator() {}

    /**
     * @param defaultBox  the box a run without {@code <box>} starts (the project's box)
     * @param defaultName the container name stem of a single run without {@code <name>} (the artifactId)
     * @param persistent  {@code -Ddockerbox.persistent}: makes every run persistent
     */
    public static List<RunConfig> validate(List<RawRun> raws, String defaultBox, String defaultName, Path basedir, boolean persistent)
            throws ConfigException {
        return validate(raws, defaultBox, defaultName, basedir, persistent, null);
    }

    /**
     * As {@link #validate(List, String, String, Path, boolean)}, with each {@code <watch><sync>} checked to
     * be a folder of its box's build context.
     *
     * @param contexts the build context of each box of {@code <boxes>} that is built here, by name
     */
    public static List<RunConfig> validate(List<RawRun> raws, String defaultBox, String defaultName, Path basedir, boolean persistent,
            Map<String, Path> contexts) throws ConfigException {
        List<String> problems = new ArrayList<>();
        List<RawRun> given = raws == null || raws.isEmpty()
                ? List.of(new RawRun(null, null, null, null, null, null, null, null, null, null))
                : raws;
        List<RunConfig> runs = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RawRun raw = given.get(i);
            String where = given.size() == 1 ? "<run>" : "<runs><run>[" + (i + 1) + "]";
            String box = blank(raw.box()) ? defaultBox : raw.box().strip();
            if (!ImageReference.isRepository(box)) {
                problems.add(where + ": <box> '" + box + "' is not a valid image repository name: use " + ImageReference.NAME_RULE
                        + ", the <name> of a box of <boxes>");
                continue;
            }
            String alias = box.substring(box.lastIndexOf('/') + 1);
            String name = !blank(raw.name()) ? raw.name().strip() : given.size() == 1 ? defaultName : defaultName + "-" + alias;
            if (!CONTAINER_NAME.matcher(name).matches()) {
                problems.add(where + ": <name> '" + name + "' is not a valid container name: use letters, digits and . _ -, starting with a letter or digit");
            }
            List<PortMapping> ports = new ArrayList<>();
            for (String spec : raw.ports() == null ? List.<String>of() : raw.ports()) {
                parsePort(where, spec, problems, ports);
            }
            List<VolumeMount> volumes = new ArrayList<>();
            for (String spec : raw.volumes() == null ? List.<String>of() : raw.volumes()) {
                parseVolume(where, spec, basedir, problems, volumes);
            }
            WaitConfig wait = parseWait(where, raw.waitFor(), problems);
            Map<String, String> env = new LinkedHashMap<>();
            if (raw.env() != null) {
                raw.env().forEach((k, v) -> env.put(k, v == null ? "" : v));
            }
            Integer stopTimeout = WholeNumbers.inRange(raw.stopTimeout(), 0, Integer.MAX_VALUE, RunConfig.DEFAULT_STOP_TIMEOUT);
            if (stopTimeout == null) {
                problems.add(where + ": <stopTimeout> " + raw.stopTimeout().strip() + " must be a number of seconds, 0 or more"
                        + " (0 kills at once; default " + RunConfig.DEFAULT_STOP_TIMEOUT + ")");
                stopTimeout = RunConfig.DEFAULT_STOP_TIMEOUT;
            }
            WatchConfig watch = WatchValidator.validate(where, box, raw.watch(), contexts, problems);
            runs.add(new RunConfig(name, box, ports, volumes, env, blank(raw.command()) ? null : raw.command().strip(), wait,
                    persistent || flag(where, "<persistent>", raw.persistent(), problems),
                    dependencies(where, raw.dependsOn(), problems), stopTimeout, watch));
        }
        checkNamesAndDependencies(runs, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return runs;
    }

    private static void parsePort(String where, String raw, List<String> problems, List<PortMapping> ports) {
        String spec = raw == null ? "" : raw.strip();
        String[] parts = spec.split(":", -1);
        String bad = where + ": <port> '" + spec + "' ";
        if (parts.length < 2 || parts.length > 3) {
            problems.add(bad + "is not a port mapping; " + PORT_FORMS);
            return;
        }
        String ip = parts.length == 3 ? parts[0] : null;
        String host = parts[parts.length - 2];
        String container = parts[parts.length - 1];
        String protocol = "tcp";
        int slash = container.indexOf('/');
        if (slash >= 0) {
            protocol = container.substring(slash + 1);
            container = container.substring(0, slash);
        }
        if (ip != null && !IPV4.matcher(ip).matches()) {
            problems.add(bad + "has '" + ip + "' where a host address such as 127.0.0.1 belongs; " + PORT_FORMS);
            return;
        }
        if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            problems.add(bad + "has protocol '" + protocol + "'; use /tcp or /udp");
            return;
        }
        Integer containerPort = port(container);
        if (containerPort == null) {
            problems.add(bad + "has container port '" + container + "', which is not a number from 1 to 65535; " + PORT_FORMS);
            return;
        }
        if (SIGNED_NUMBER.matcher(host).matches()) {
            Integer hostPort = port(host);
            if (hostPort == null) {
                problems.add(bad + "has host port '" + host + "', which is not a number from 1 to 65535");
                return;
            }
            ports.add(new PortMapping(ip, null, hostPort, containerPort, protocol, spec));
        } else if (PROPERTY.matcher(host).matches()) {
            ports.add(new PortMapping(ip, host, null, containerPort, protocol, spec));
        } else {
            problems.add(bad + "has '" + host + "' where a host port or a property name belongs; " + PORT_FORMS);
        }
    }

    private static Integer port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535 ? port : null;
    }

    private static void parseVolume(String where, String raw, Path basedir, List<String> problems, List<VolumeMount> volumes) {
        String spec = raw == null ? "" : raw.strip();
        String bad = where + ": <volume> '" + spec + "' ";
        if (spec.startsWith("from:")) {
            String container = spec.substring(5);
            if (!CONTAINER_NAME.matcher(container).matches()) {
                problems.add(bad + "does not name a container; " + VOLUME_FORMS);
            } else {
                volumes.add(new VolumeMount(VolumeMount.Kind.FROM_CONTAINER, container, null, null, spec));
            }
            return;
        }
        String[] parts = spec.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || !parts[1].startsWith("/")) {
            problems.add(bad + "is not a volume; " + VOLUME_FORMS);
            return;
        }
        String options = parts.length == 3 ? parts[2] : null;
        if (options != null && !options.matches("(ro|rw)(,[a-z]+)*|[a-z]+(,[a-z]+)*")) {
            problems.add(bad + "has options '" + options + "'; use ro or rw");
            return;
        }
        String source = parts[0];
        if (source.startsWith("/") || source.startsWith(".") || source.contains("/")) {
            Path folder = basedir.resolve(source).normalize();
            volumes.add(new VolumeMount(VolumeMount.Kind.HOST_FOLDER, folder.toString(), parts[1], options, spec));
        } else if (VOLUME_NAME.matcher(source).matches()) {
            volumes.add(new VolumeMount(VolumeMount.Kind.NAMED_VOLUME, source, parts[1], options, spec));
        } else {
            problems.add(bad + "names neither a folder nor a valid volume; " + VOLUME_FORMS);
        }
    }

    private static WaitConfig parseWait(String where, RawRun.RawWait raw, List<String> problems) {
        if (raw == null) {
            return WaitConfig.none();
        }
        String http = blank(raw.http()) ? null : raw.http().strip();
        if (http != null && !(http.startsWith("http://") || http.startsWith("https://"))) {
            problems.add(where + ": <wait><http> '" + http + "' is not an http:// or https:// URL");
        }
        Integer status = WholeNumbers.inRange(raw.status(), 100, 599, 0);
        if (status == null) {
            problems.add(where + ": <wait><status> " + raw.status().strip() + " is not an HTTP status (100 to 599); leave it out to accept any 2xx");
            status = 0;
        }
        Pattern log = null;
        if (!blank(raw.log())) {
            try {
                log = Pattern.compile(raw.log());
            } catch (PatternSyntaxException e) {
                problems.add(where + ": <wait><log> '" + raw.log() + "' is not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex() + "; escape special characters such as ( [ . with \\");
            }
        }
        String tcp = blank(raw.tcp()) ? null : raw.tcp().strip();
        if (tcp != null && !PROPERTY.matcher(tcp).matches() && port(tcp) == null) {
            problems.add(where + ": <wait><tcp> '" + tcp + "' is neither a port property of <ports> nor a port number from 1 to 65535");
        }
        Integer timeout = WholeNumbers.inRange(raw.timeout(), 1, Integer.MAX_VALUE, WaitConfig.DEFAULT_TIMEOUT);
        if (timeout == null) {
            problems.add(where + ": <wait><timeout> " + raw.timeout().strip() + " must be a number of seconds above 0 (default "
                    + WaitConfig.DEFAULT_TIMEOUT + ")");
            timeout = WaitConfig.DEFAULT_TIMEOUT;
        }
        return new WaitConfig(http, status, log, tcp, flag(where, "<wait><healthy>", raw.healthy(), problems), timeout);
    }

    private static List<String> dependencies(String where, List<String> raw, List<String> problems) {
        List<String> dependencies = new ArrayList<>();
        for (String dependency : raw == null ? List.<String>of() : raw) {
            if (blank(dependency)) {
                problems.add(where + ": an empty <dependsOn>; name the box, short name or <name> of another <run>, or remove it");
            } else {
                dependencies.add(dependency.strip());
            }
        }
        return dependencies;
    }

    private static void checkNamesAndDependencies(List<RunConfig> runs, List<String> problems) {
        Map<String, RunConfig> byKey = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (RunConfig run : runs) {
            if (!names.add(run.name())) {
                problems.add("<runs>: the name '" + run.name() + "' is used by more than one <run>; give each its own <name>");
            }
            byKey.put(run.box(), run);
            byKey.put(run.alias(), run);
            byKey.put(run.name(), run);
        }
        for (RunConfig run : runs) {
            for (String dependency : run.dependsOn()) {
                if (!byKey.containsKey(dependency)) {
                    problems.add("<run> '" + run.name() + "': <dependsOn> '" + dependency + "' is not the box or name of another <run>");
                }
            }
        }
        if (problems.isEmpty() && RunOrder.levels(runs) == null) {
            problems.add("<runs>: the runs depend on each other in a cycle; remove one of the <dependsOn>");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A switch of {@code <run>}: Maven would read any word but true as false, without a word. */
    static boolean flag(String where, String element, String value, List<String> problems) {
        if (blank(value)) {
            return false;
        }
        Boolean given = PropertyValues.trueOrFalse(value);
        if (given == null) {
            problems.add(where + ": " + element + " '" + value.strip() + "' is neither true nor false");
            return false;
        }
        return given;
    }
}
