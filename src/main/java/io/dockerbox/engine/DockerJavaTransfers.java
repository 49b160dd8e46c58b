package io.dockerbox.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.ResponseItem;

/**
 * Pulls and pushes through docker-java. The engine reports a registry's refusal inside the progress
 * stream, not as an HTTP status, so every item is checked for an error.
 */
final class DockerJavaTransfers {
    /** The message of an engine error body, {@code {"message":"..."}}, escaped quotes included. */
    private static final java.util.regex.Pattern JSON_MESSAGE =
            java.util.regex.Pattern.compile("\\{\\s*\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final DockerClient client;
    private final String address;

    DockerJavaTransfers(DockerClient client, String address) {
        this.client = client;
        this.address = address;
    }

    void pull(String reference, RegistryAuth auth, TransferListener listener) throws EngineException {
        String[] repoTag = ImageIds.repositoryAndTag(reference);
        Progress<com.github.dockerjava.api.model.PullResponseItem> progress = new Progress<>(listener);
        run("pull", reference, () -> client.pullImageCmd(repoTag[0]).withTag(repoTag[1]).withAuthConfig(authConfig(auth))
                .exec(progress).awaitCompletion(), progress);
    }

    void push(String reference, RegistryAuth auth, TransferListener listener) throws EngineException {
        String[] repoTag = ImageIds.repositoryAndTag(reference);
        Progress<com.github.dockerjava.api.model.PushResponseItem> progress = new Progress<>(listener);
        run("push", reference, () -> client.pushImageCmd(repoTag[0]).withTag(repoTag[1]).withAuthConfig(authConfig(auth))
                .exec(progress).awaitCompletion(), progress);
    }

    private interface Transfer {
        void run() throws InterruptedException;
    }

    private void run(String verb, String reference, Transfer transfer, Progress<?> progress) throws EngineException {
        try {
            transfer.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(verb + " of " + reference + " interrupted", e);
        } catch (RuntimeException e) {
            throw failure(verb, reference, e);
        }
        if (progress.streamFailure instanceof RuntimeException e) {
            throw failure(verb, reference, e);
        }
        if (progress.error != null) {
            throw new TransferFailedException("engine at " + address + " failed to " + verb + " " + reference + ": " + progress.error,
                    progress.error, null);
        }
    }

    /** A refusal the engine answered with (a status and its message) is the registry's; anything else is the engine's. */
    private EngineException failure(String verb, String reference, RuntimeException e) {
        if (e instanceof DockerException) {
            String reason = reason(e.getMessage());
            return new TransferFailedException("engine at " + address + " failed to " + verb + " " + reference + ": " + reason, reason, e);
        }
        return new EngineException("engine at " + address + " failed to " + verb + " " + reference + ": " + e.getMessage(), e);
    }

    /** {@code Status 404: {"message":"manifest ... unknown"}} becomes the message alone. */
    static String reason(String message) {
        if (message == null) {
            return "unknown error";
        }
        java.util.regex.Matcher json = JSON_MESSAGE.matcher(message);
        return json.find() ? json.group(1).replace("\\\"", "\"").strip() : message.strip();
    }

    /** Null for anonymous: the engine then asks the registry without credentials. */
    private static AuthConfig authConfig(RegistryAuth auth) {
        if (auth == null || auth.isAnonymous()) {
            return null;
        }
        AuthConfig config = new AuthConfig().withRegistryAddress(auth.registry()).withUsername(auth.username());
        return auth.identityToken() != null ? config.withIdentityToken(auth.identityToken()) : config.withPassword(auth.password());
    }

    private static final class Progress<T extends ResponseItem> extends QuietCallback<T> {
        private final TransferListener listener;
        private volatile String error;

        Progress(TransferListener listener) {
            this.listener = listener;
        }

        @Override
        public void onNext(T item) {
            if (item.isErrorIndicated()) {
                String message = errorMessage(item);
                error = message == null ? "unknown error" : message.strip();
                return;
            }
            if (item.getStatus() == null) {
                return;
            }
            long current = -1;
            long total = -1;
            if (item.getProgressDetail() != null) {
                current = item.getProgressDetail().getCurrent() == null ? -1 : item.getProgressDetail().getCurrent();
                total = item.getProgressDetail().getTotal() == null ? -1 : item.getProgressDetail().getTotal();
            }
            listener.update(item.getId(), item.getStatus(), current, total);
        }
    }
}
