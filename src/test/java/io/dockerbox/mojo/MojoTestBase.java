package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;

/**
 * What every mojo test shares. A test class is {@code @MojoTest}, extends this class, and takes its goal as
 * a parameter {@code @InjectMojo(goal = "build", pom = POM) BuildMojo mojo}: Maven's container makes it from
 * target/classes/META-INF/maven/plugin.xml, injects its components and configures it from the test POM's
 * {@code <configuration>}, with {@code @MojoParameter} on top, as Maven does. The project, the session and
 * the execution are real Maven objects ({@link Provides}), not mocks, so expressions such as
 * {@code ${project.basedir}} resolve. No engine is needed: a test that reaches one points {@code dockerHost}
 * at {@link #NO_ENGINE}.
 */
abstract class MojoTestBase {
    /** The test project: its POM configures two boxes and one run. */
    static final String POM = "src/test/projects/mojo/pom.xml";
    /** A unix socket no engine listens on: a goal that asks the engine fails there, and nowhere else. */
    static final String NO_ENGINE = "unix:///nonexistent/dockerbox-mojo-test.sock";
    static final Path BASEDIR = Path.of(MojoExtension.getBasedir(), "src/test/projects/mojo");

    private final List<String> infos = new ArrayList<>();
    final Properties userProperties = new Properties();

    @Provides
    MavenProject project() {
        Model model = new Model();
        model.setGroupId("io.dockerbox.test");
        model.setArtifactId("mojo");
        model.setVersion("1.0");
        Build build = new Build();
        // Never under src/test/projects: render and build write target/dockerbox/ there.
        build.setDirectory(Path.of(MojoExtension.getBasedir(), "target/mojo-tests", getClass().getSimpleName()).toString());
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(BASEDIR.resolve("pom.xml").toFile());
        return project;
    }

    @Provides
    @SuppressWarnings("deprecation") // the one constructor that needs no running Maven
    MavenSession session() {
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setUserProperties(userProperties);
        request.setSystemProperties(new Properties());
        request.setInteractiveMode(false);
        MavenSession session = new MavenSession(null, new DefaultRepositorySystemSession(), request, new DefaultMavenExecutionResult());
        MavenProject project = project();
        session.setCurrentProject(project);
        session.setProjects(List.of(project));
        return session;
    }

    /** As a goal bound to a phase of the build. */
    @Provides
    MojoExecution mojoExecution() {
        return new MojoExecution(null, "default-test", MojoExecution.Source.LIFECYCLE);
    }

    /** Runs the goal as Maven would, its info lines kept for {@link #logged}. */
    void execute(AbstractMojo mojo) throws Exception {
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
                super.info(content);
            }
        });
        if (mojo.getPluginContext() == null) {
            mojo.setPluginContext(new HashMap<>());
        }
        mojo.execute();
    }

    /** The info lines the goal logged. */
    List<String> logged() {
        return infos;
    }

    /** As {@code mvn dockerbox:GOAL} on the command line. */
    static void standalone(AbstractMojo mojo) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, "mojoExecution", new MojoExecution(null, "default-cli", MojoExecution.Source.CLI));
    }

    /** A parameter's value as Maven set it. */
    static <T> T value(AbstractMojo mojo, String parameter) throws IllegalAccessException {
        return MojoExtension.getVariableValueFromObject(mojo, parameter);
    }

    /** The goal does nothing but log why. */
    void assertSkipped(AbstractMojo mojo, String reason) throws Exception {
        execute(mojo);
        assertEquals(List.of("dockerbox: skipped (" + reason + ")"), logged());
    }

    /** The user's mistake fails the build ({@code BUILD FAILURE}), naming what to fix. */
    void assertUsersMistake(AbstractMojo mojo, String message) {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> execute(mojo));
        assertTrue(e.getMessage().contains(message), () -> "expected '" + message + "' in: " + e.getMessage());
    }

    /** A failure of the engine (none answers at {@link #NO_ENGINE}) is an execution error, not the user's mistake. */
    void assertEngineFailure(AbstractMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> execute(mojo));
        assertTrue(e.getMessage().startsWith("no Docker engine answered at " + NO_ENGINE), e.getMessage());
        assertNotEquals(MojoFailureException.class, e.getClass());
    }

    static void deleteRecursively(Path path) throws java.io.IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static File file(String relative) {
        return BASEDIR.resolve(relative).toFile();
    }
}
