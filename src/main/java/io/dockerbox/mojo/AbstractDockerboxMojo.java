package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.ConfigException;
import io.dockerbox.config.ConfigValidator;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.PropertyValues;
import io.dockerbox.config.RawBox;
import io.dockerbox.log.Masker;
import io.dockerbox.log.Output;
import io.dockerbox.services.EngineSettings;
import io.dockerbox.services.LeasedBuild;
import io.dockerbox.services.Services;
import io.dockerbox.share.Credentials;
import io.dockerbox.share.CredentialsException;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.dockerbox.share.ShareException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every dockerbox goal shares: the skip check, the configuration of settings and boxes, the
 * services over an engine opened on first use and always closed, and the one place where
 * dockerbox's failures become Maven's.
 */
abstract class AbstractDockerboxMojo extends AbstractMojo {

    /**
     * Values every template sees as {@code settings}, like a settings file: {@code <dbName>project</dbName>}.
     * Values of settings whose names end in Password, Secret, Token or Key are never printed.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> settings;

    /**
     * More settings whose values are never printed, by name ({@code <secret>dbPass</secret>}), for
     * secrets whose names do not end in Password, Secret, Token or Key.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> secrets;

    /**
     * The boxes, parents first; the last one is the project's own box.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Box> boxes;

    /**
     * Skips every dockerbox goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private String skip;

    /**
     * The Docker engine to use, e.g. {@code unix:///var/run/docker.sock} or {@code tcp://host:2376}.
     * Default: {@code DOCKER_HOST}, else the local socket.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DOCKER_HOST)
    private String dockerHost;

    /**
     * The docker context to use, by name, as {@code docker --context}. Default: {@code DOCKER_CONTEXT},
     * else the current context of the docker CLI's config. It cannot go with {@code dockerHost}.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.DOCKER_CONTEXT)
    private String dockerContext;

    /**
     * Folder with {@code ca.pem}, {@code cert.pem} and {@code key.pem} for an engine over TLS.
     * Default: {@code DOCKER_CERT_PATH} when {@code DOCKER_TLS_VERIFY} is set.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CERT_PATH)
    private String certPath;

    /**
     * The box to work on, by name. Default: the last box of {@code <boxes>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BOX)
    private String box;

    /**
     * Builds the box on another parent than its {@code <from>}, e.g. the production box instead of the dev box.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FROM)
    private String from;

    /**
     * This machine's name in the {@code dockerbox.owner} label of temporary containers, by which a later
     * start or status on the same machine tells whether the Maven that made them still runs. Default:
     * the host name. Set it where several machines (CI containers, say) share one engine under one host name.
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.OWNER_HOST)
    private String ownerHost;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Decrypts settings.xml passwords (mvn --encrypt-password) the way Maven itself does. */
    @Component
    private SettingsDecrypter settingsDecrypter;

    private final Masker masker = new Masker(List.of());
    private Services services;

    /**
     * Runs the goal unless skipped, and turns dockerbox's failures into Maven's: the user's mistakes
     * fail the build ({@code MojoFailureException}), anything else is an execution error. The message
     * is complete on its own and masked; Maven would append the messages of the causes to it, so the
     * cause is only shown with {@code -X}.
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            String reason = flag(PropertyNames.SKIP, skip) ? PropertyNames.SKIP + "=true" : skipReason();
            if (reason != null) {
                getLog().info("dockerbox: skipped (" + reason + ")");
                return;
            }
            // Maven always injects the session; a goal made by hand in a unit test has none.
            PropertyValues.publishHost(session == null ? null : session.getUserProperties().getProperty(PropertyNames.HOST));
            doExecute();
        } catch (DockerboxException e) {
            if (getLog().isDebugEnabled()) {
                getLog().debug("cause of the failure below:", e);
            }
            String message = masker.mask(e.getMessage());
            if (e.usersMistake()) {
                throw new MojoFailureException(message);
            }
            throw new MojoExecutionException(message);
        } finally {
            if (services != null) {
                services.close();
                services = null;
            }
        }
    }

    /** Why this goal does nothing this time, or null to run it. */
    protected String skipReason() throws ConfigException {
        return null;
    }

    protected abstract void doExecute() throws DockerboxException;

    /** The validated configuration; every problem is reported at once. */
    protected DockerboxConfig config() throws ConfigException {
        ProjectInfo info = projectInfo();
        List<RawBox> raw = new ArrayList<>();
        if (boxes != null) {
            for (Box b : boxes) {
                raw.add(new RawBox(b.getName(), b.getFrom(), path(b.getDirectory()), path(b.getContext()), b.getBuildArgs()));
            }
        }
        DockerboxConfig config = ConfigValidator.validate(settings == null ? Map.of() : settings, raw, info, box, from);
        config.secretValues(secrets == null ? List.of() : secrets).forEach(masker::add);
        return config;
    }

    /** A switch's value as Maven handed it over, checked: true or false, nothing else. */
    protected static boolean flag(String property, String value) throws ConfigException {
        return PropertyValues.flag(property, value);
    }

    protected ProjectInfo projectInfo() {
        Map<String, String> props = new LinkedHashMap<>();
        project.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                project.getBasedir().toPath(), new File(project.getBuild().getDirectory()).toPath(), props);
    }

    /** The log, masking secret settings once {@link #config()} has read them. */
    protected Output output() {
        return masker.wrap(new MavenOutput(getLog()));
    }

    /** The services of this goal; the engine is opened when the first one that needs it is asked for. */
    protected Services services() {
        if (services == null) {
            // Progress is drawn in place only in an interactive terminal.
            boolean terminal = System.console() != null && session.getRequest().isInteractiveMode() && System.getenv("CI") == null;
            services = new Services(new EngineSettings(dockerHost, dockerContext, certPath), output(), this::settingsServer,
                    terminal ? System.out : null);
        }
        return services;
    }

    /** A settings.xml server, decrypted in memory only, its password masked from then on. */
    private Credentials.Server settingsServer(String id) throws CredentialsException {
        Server server = session.getSettings().getServer(id);
        if (server == null) {
            return null;
        }
        SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new CredentialsException("the password of settings.xml <server> '" + id + "' cannot be decrypted ("
                        + problem.getMessage() + "); check the master password in ~/.m2/settings-security.xml"
                        + " (mvn --encrypt-master-password) or encrypt the password again (mvn --encrypt-password)");
            }
        }
        Server decrypted = result.getServer() == null ? server : result.getServer();
        masker.add(decrypted.getPassword());
        masker.add(decrypted.getPassphrase());
        return new Credentials.Server(id, decrypted.getUsername(), decrypted.getPassword());
    }

    /** The name of this machine in owner labels: {@code <ownerHost>}, else the host name. */
    protected String ownerHost() throws ConfigException {
        return PropertyValues.ownerHost(ownerHost);
    }

    /** The lease of this Maven build, for the goals that make temporary containers; made on first use. */
    protected LeasedBuild buildLease() throws ConfigException {
        return BuildLease.of(session, services(), ownerHost(), projectInfo().workDirectory());
    }

    /** Whether {@code -Ddockerbox.box} (or {@code <box>}) chose the box, rather than the default last one. */
    protected boolean boxChosen() {
        return box != null && !box.isBlank();
    }

    protected MavenProject project() {
        return project;
    }

    protected boolean offline() {
        return session.isOffline();
    }

    /** For a goal that talks to a registry: Maven's offline mode (-o) refuses it before the engine is asked. */
    protected void requireOnline(String goal) throws ShareException {
        if (offline()) {
            throw new ShareException("dockerbox:" + goal + " needs the registry, but Maven is offline (-o); run it without -o", null);
        }
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
