package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.config.ConfigException;
import io.dockerbox.config.ProjectInfo;
import io.dockerbox.config.PropertyValues;
import io.dockerbox.log.Masker;
import io.dockerbox.log.Output;
import io.dockerbox.services.EngineSettings;
import io.dockerbox.services.LeasedBuild;
import io.dockerbox.services.Services;
import io.dockerbox.share.Credentials;
import io.dockerbox.share.CredentialsException;
import io.dockerbox.share.ShareException;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What every dockerbox goal shares: the skip check, the engine settings, the services over an engine
 * opened on first use and always closed, and the one place where dockerbox's failures become Maven's.
 * Goals that read the boxes extend {@link AbstractConfiguredMojo}.
 */
abstract class AbstractDockerboxMojo extends AbstractMojo {

    /**
     * Skips every dockerbox goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

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

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** Decrypts settings.xml passwords (mvn --encrypt-password) the way Maven itself does. */
    private final SettingsDecrypter settingsDecrypter;

    private final Masker masker = new Masker(List.of());
    private Services services;

    protected AbstractDockerboxMojo(SettingsDecrypter settingsDecrypter) {
        this.settingsDecrypter = settingsDecrypter;
    }

    /**
     * Runs the goal unless skipped, and turns dockerbox's failures into Maven's: the user's mistakes
     * fail the build ({@code MojoFailureException}), anything else is an execution error. The message
     * is complete on its own and masked; Maven would append the messages of the causes to it, so the
     * cause is only shown with {@code -X}.
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            String reason = flag("skip", PropertyNames.SKIP, skip) ? PropertyNames.SKIP + "=true" : skipReason();
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

    /**
     * A switch, checked: true or false, nothing else. The field is a {@code boolean}, so help and IDEs
     * show a switch, but Maven's conversion has already turned any other word into false; the text it
     * converted is read again from this execution's configuration and checked (docs/design.md,
     * "Switches"). A goal made by hand, without an execution, keeps the converted value.
     */
    protected boolean flag(String parameter, String property, boolean converted) throws ConfigException {
        String given = givenText(parameter);
        return given == null ? converted : PropertyValues.flag(property, given);
    }

    /** The text Maven converted for a parameter: its configured value or property, else its default. */
    private String givenText(String parameter) throws ConfigException {
        Xpp3Dom configuration = mojoExecution == null ? null : mojoExecution.getConfiguration();
        Xpp3Dom element = configuration == null ? null : configuration.getChild(parameter);
        if (element == null || session == null) {
            return null;
        }
        try {
            var evaluator = new PluginParameterExpressionEvaluator(session, mojoExecution);
            Object value = element.getValue() == null ? null : evaluator.evaluate(element.getValue());
            if (value == null && element.getAttribute("default-value") != null) {
                value = evaluator.evaluate(element.getAttribute("default-value"));
            }
            return value == null ? null : String.valueOf(value);
        } catch (ExpressionEvaluationException e) {
            throw new ConfigException("<" + parameter + ">: " + e.getMessage());
        }
    }

    protected ProjectInfo projectInfo() {
        Map<String, String> props = new LinkedHashMap<>();
        project.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                project.getBasedir().toPath(), new File(project.getBuild().getDirectory()).toPath(), props);
    }

    /** Values never to print, such as secret settings. */
    protected void mask(List<String> values) {
        values.forEach(masker::add);
    }

    /** The log, masking secrets once they are known. */
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

    /**
     * The lease of this Maven build on the goal's engine, for the goals that make temporary containers;
     * made on first use.
     *
     * @param ownerHost this machine's name in owner labels as the goal's {@code ownerHost} gives it, or blank
     */
    protected LeasedBuild buildLease(String ownerHost) throws DockerboxException {
        return BuildLease.of(session, services(), PropertyValues.ownerHost(ownerHost), projectInfo().workDirectory());
    }

    protected MavenProject project() {
        return project;
    }

    /** Whether the goal was given on the command line ({@code mvn dockerbox:start}) rather than bound to a phase. */
    protected boolean standalone() {
        return mojoExecution.getSource() == MojoExecution.Source.CLI;
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
}
