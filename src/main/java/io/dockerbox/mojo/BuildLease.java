package io.dockerbox.mojo;

import io.dockerbox.DockerboxException;
import io.dockerbox.services.LeasedBuild;
import io.dockerbox.services.Services;
import java.nio.file.Path;
import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.SessionData;

/**
 * The lease of the running Maven build on one engine, shared by all its goals and modules that use
 * that engine: made by the first goal that creates a temporary container there, and ended when the
 * build ends. One for each engine, since a lease's watcher reaches the engine it was made for: a
 * reactor whose modules use two engines gets two, each with its watcher. Maven tells a plugin of the end
 * of a build only through the build's execution listener, so the lease puts itself in front of it:
 * under mvnd, or any JVM that runs several builds, the end of a build, not of the JVM, is the end of
 * its temporary containers.
 */
final class BuildLease {
    private static final String KEY = BuildLease.class.getName();

    private BuildLease() {}

    /** The lease of the build of {@code session} on the engine {@code services} use, made on first use. */
    static LeasedBuild of(MavenSession session, Services services, String host, Path workDirectory) throws DockerboxException {
        SessionData data = session.getRepositorySession().getData();
        String key = KEY + " " + services.engineKey();
        synchronized (data) {
            if (data.get(key) instanceof LeasedBuild existing) {
                return existing;
            }
            LeasedBuild made = services.lease(host, workDirectory.resolve("watcher.log"));
            session.getRequest().setExecutionListener(new EndOfBuild(session.getRequest().getExecutionListener(), made));
            data.set(key, made);
            return made;
        }
    }

    /** Maven's listener, with the end of the build's lease first, before Maven prints the result. */
    private static final class EndOfBuild extends AbstractExecutionListener {
        private final ExecutionListener maven;
        private final LeasedBuild build;

        EndOfBuild(ExecutionListener maven, LeasedBuild build) {
            this.maven = maven == null ? new AbstractExecutionListener() {} : maven;
            this.build = build;
        }

        @Override
        public void sessionEnded(ExecutionEvent event) {
            build.end();
            maven.sessionEnded(event);
        }

        @Override public void projectDiscoveryStarted(ExecutionEvent e) { maven.projectDiscoveryStarted(e); }
        @Override public void sessionStarted(ExecutionEvent e) { maven.sessionStarted(e); }
        @Override public void projectSkipped(ExecutionEvent e) { maven.projectSkipped(e); }
        @Override public void projectStarted(ExecutionEvent e) { maven.projectStarted(e); }
        @Override public void projectSucceeded(ExecutionEvent e) { maven.projectSucceeded(e); }
        @Override public void projectFailed(ExecutionEvent e) { maven.projectFailed(e); }
        @Override public void forkStarted(ExecutionEvent e) { maven.forkStarted(e); }
        @Override public void forkSucceeded(ExecutionEvent e) { maven.forkSucceeded(e); }
        @Override public void forkFailed(ExecutionEvent e) { maven.forkFailed(e); }
        @Override public void mojoSkipped(ExecutionEvent e) { maven.mojoSkipped(e); }
        @Override public void mojoStarted(ExecutionEvent e) { maven.mojoStarted(e); }
        @Override public void mojoSucceeded(ExecutionEvent e) { maven.mojoSucceeded(e); }
        @Override public void mojoFailed(ExecutionEvent e) { maven.mojoFailed(e); }
        @Override public void forkedProjectStarted(ExecutionEvent e) { maven.forkedProjectStarted(e); }
        @Override public void forkedProjectSucceeded(ExecutionEvent e) { maven.forkedProjectSucceeded(e); }
        @Override public void forkedProjectFailed(ExecutionEvent e) { maven.forkedProjectFailed(e); }
    }
}
