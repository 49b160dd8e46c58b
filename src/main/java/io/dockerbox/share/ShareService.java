package io.dockerbox.share;

import io.dockerbox.box.Labels;
import io.dockerbox.box.Versions;
import io.dockerbox.build.BoxPuller;
import io.dockerbox.chain.Chain;
import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.ImageReference;
import io.dockerbox.engine.Engine;
import io.dockerbox.engine.EngineException;
import io.dockerbox.engine.ImageInfo;
import io.dockerbox.engine.RegistryAuth;
import io.dockerbox.engine.TransferFailedException;
import io.dockerbox.log.Output;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Moves boxes between the engine and their registry: push of every version (or one), pull of
 * {@code latest} (or one version). A version that is here is never replaced by a pull, and a pulled
 * {@code latest} also gets its number tag, so snapshots and revert see it like a built one.
 */
public final class ShareService implements BoxPuller {
    private final Engine engine;
    private final Credentials credentials;
    private final Output out;
    private final PrintStream terminal;

    /** @param terminal where pull and push progress is drawn in place, or null in batch mode */
    public ShareService(Engine engine, Credentials credentials, Output out, PrintStream terminal) {
        this.engine = engine;
        this.credentials = credentials;
        this.out = out;
        this.terminal = terminal;
    }

    /**
     * Pushes the configuration's target box: every numbered version and {@code latest}, or just
     * {@code version}; with {@code parents}, its parents in the chain first, all their versions.
     */
    public void push(DockerboxConfig config, Integer version, boolean parents) throws ShareException, EngineException {
        for (BoxConfig box : parents ? Chain.of(config) : List.of(config.target())) {
            push(box.name(), box == config.target() ? version : null);
        }
    }

    /** Pushes every numbered version and {@code latest} of a box, or just {@code version}. */
    public void push(String box, Integer version) throws ShareException, EngineException {
        checkVersion(version);
        TreeMap<Integer, ImageInfo> versions = Versions.byNumber(engine, box);
        List<String> tags = new ArrayList<>();
        if (version != null) {
            if (!versions.containsKey(version)) {
                throw new ShareException("dockerbox.version: " + box + " has no version " + version + " in the engine at "
                        + engine.address() + "; its versions here: " + (versions.isEmpty() ? "none" : versions.keySet()), null);
            }
            tags.add(String.valueOf(version));
        } else {
            versions.keySet().forEach(v -> tags.add(String.valueOf(v)));
            if (engine.inspectImage(box + ":latest").isPresent()) {
                tags.add("latest");
            }
            if (tags.isEmpty()) {
                throw new ShareException("nothing to push: " + box + " has no image in the engine at " + engine.address()
                        + "; build it first (mvn dockerbox:build) or pull it", null);
            }
        }
        String registry = ImageReference.registryOrHub(box);
        RegistryAuth auth = auth(registry, box);
        out.info(box + ": pushing " + (tags.size() == 1 ? "tag " : "tags ") + String.join(", ", tags) + " to " + registry
                + " (" + describe(auth) + ")");
        for (String tag : tags) {
            String reference = box + ":" + tag;
            TransferProgress progress = new TransferProgress("pushing", reference, out, terminal);
            try {
                engine.push(reference, auth, progress);
            } catch (TransferFailedException e) {
                throw new ShareException(explain("push", reference, registry, auth, e), e);
            }
            out.info("  " + reference + ": pushed, " + progress.summary());
        }
    }

    /** Pulls {@code latest}, or one version, of a box into the engine and returns it. */
    public ImageInfo pull(String box, Integer version) throws ShareException, EngineException {
        checkVersion(version);
        if (version != null) {
            Optional<ImageInfo> here = engine.inspectImage(box + ":" + version);
            if (here.isPresent()) {
                out.info(box + ":" + version + " is already here (" + here.get().shortId() + "); a version never changes,"
                        + " so it is not pulled again");
                return here.get();
            }
        }
        try {
            return transfer(box, version == null ? "latest" : String.valueOf(version));
        } catch (TransferFailedException e) {
            throw new ShareException(e.getMessage(), e);
        }
    }

    /** For the build: the message of a failure already names the registry, image and fix. */
    @Override
    public ImageInfo pullLatest(String box) throws EngineException {
        return transfer(box, "latest");
    }

    @Override
    public ImageInfo pullImage(String reference) throws EngineException {
        String[] repoTag = io.dockerbox.engine.ImageIds.repositoryAndTag(reference);
        return transfer(repoTag[0], repoTag[1]);
    }

    private ImageInfo transfer(String box, String tag) throws EngineException {
        String registry = ImageReference.registryOrHub(box);
        RegistryAuth auth;
        try {
            auth = auth(registry, box);
        } catch (ShareException e) {
            throw new TransferFailedException(e.getMessage(), e.getMessage(), e);
        }
        String reference = box + ":" + tag;
        out.info(box + ": pulling " + reference + " from " + registry + " (" + describe(auth) + ")");
        TransferProgress progress = new TransferProgress("pulling", reference, out, terminal);
        try {
            engine.pull(reference, auth, progress);
        } catch (TransferFailedException e) {
            throw new TransferFailedException(explain("pull", reference, registry, auth, e), e.reason(), e);
        }
        ImageInfo pulled = engine.inspectImage(reference).orElseThrow(() -> new EngineException(
                "engine at " + engine.address() + " reported " + reference + " pulled, but does not have it"));
        String version = pulled.label(Labels.VERSION);
        out.info("  " + reference + ": pulled" + (version == null ? "" : " version " + version) + " (" + pulled.shortId() + "), "
                + progress.summary());
        if ("latest".equals(tag) && Versions.parse(version) > 0 && box.equals(pulled.label(Labels.BOX))) {
            tagVersion(box, version, pulled);
        }
        return pulled;
    }

    /** Gives a pulled latest its number tag, unless that number is a different image here. */
    private void tagVersion(String box, String version, ImageInfo pulled) throws EngineException {
        Optional<ImageInfo> here = engine.inspectImage(box + ":" + version);
        if (here.isEmpty()) {
            engine.tag(pulled.id(), box, version);
        } else if (!here.get().id().equals(pulled.id())) {
            out.warn(box + ": the registry's latest is version " + version + " (" + pulled.shortId() + "), but version " + version
                    + " here is another image (" + here.get().shortId() + "); both are kept: " + box + ":" + version
                    + " stays the local one, " + box + ":latest is the pulled one");
        }
    }

    private static void checkVersion(Integer version) throws ShareException {
        if (version != null && version < 1) {
            throw new ShareException("dockerbox.version: '" + version + "' is not a version; versions are 1, 2, 3 ..."
                    + " (mvn dockerbox:snapshots lists them)", null);
        }
    }

    private RegistryAuth auth(String registry, String box) throws ShareException {
        try {
            return credentials.forRegistry(registry);
        } catch (CredentialsException e) {
            throw new ShareException(box + ": no usable credentials for " + registry + ": " + e.getMessage(), e);
        }
    }

    private static String describe(RegistryAuth auth) {
        return auth.isAnonymous() ? "no credentials" : "as " + auth.username() + ", from " + auth.source();
    }

    /** The engine's words, plus what they mean and what to do. */
    static String explain(String verb, String reference, String registry, RegistryAuth auth, TransferFailedException e) {
        String reason = e.reason() == null ? "" : e.reason();
        String lower = reason.toLowerCase(Locale.ROOT);
        String hint;
        if (lower.contains("unauthorized") || lower.contains("authentication required") || lower.contains("no basic auth")
                || lower.contains("denied")) {
            hint = auth.isAnonymous()
                    ? "the registry wants credentials: add a <server> with <id>" + registry + "</id> to settings.xml,"
                            + " or run docker login " + registry
                    : "the registry refused the credentials of user " + auth.username() + " from " + auth.source()
                            + "; check the user name and password there";
        } else if (lower.contains("no such host") || lower.contains("server misbehaving") || lower.contains("name resolution")) {
            hint = "the registry host " + registry + " is not known; check the registry part of the box's <name>";
        } else if (lower.contains("connection refused") || lower.contains("i/o timeout") || lower.contains("no route to host")
                || lower.contains("connection reset")) {
            hint = "nothing answers at " + registry + "; is the registry running?";
        } else if (lower.contains("x509") || lower.contains("certificate")) {
            hint = "the engine does not trust the registry's certificate; put its CA at /etc/docker/certs.d/" + registry + "/ca.crt";
        } else if (lower.contains("http response to https client")) {
            hint = "the registry speaks plain HTTP; list it under insecure-registries in the engine's daemon.json";
        } else if (e.imageMissing() || lower.contains("does not exist") || lower.contains("unknown")) {
            hint = verb.equals("pull")
                    ? "the registry has no " + reference + "; push it first (mvn dockerbox:push) or check the name and version"
                    : "the registry does not know the repository; check the box's <name>";
        } else {
            hint = "see the engine's message above";
        }
        boolean pull = verb.equals("pull");
        return verb + " of " + reference + (pull ? " from " : " to ") + registry + " failed: " + reason + "\n" + hint
                + (hint.endsWith("?") ? " " : ". ") + (pull ? "Nothing was tagged." : "Nothing changed in the engine.");
    }
}
