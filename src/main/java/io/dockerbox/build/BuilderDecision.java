package io.dockerbox.build;

import io.dockerbox.config.BuilderChoice;
import io.dockerbox.engine.BuilderSupport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the engine's builders builds a box, and why: said on the box's build line. Everything
 * that cannot work is refused here, before the engine is sent anything.
 */
record BuilderDecision(boolean buildKit, String reason) {

    /** Instruction flags that only the engine's BuildKit frontend knows (the classic builder fails on them). */
    private static final List<String> BUILDKIT_FLAGS = List.of(
            "RUN --mount", "RUN --network", "RUN --security", "COPY --chmod", "ADD --chmod", "COPY --link", "ADD --link",
            "COPY --parents", "ADD --checksum", "ADD --keep-git-dir");
    /** An instruction and its flags: {@code RUN --mount=type=cache,target=/x --network=none ...}. */
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s*([A-Za-z]+)((?:\\s+--[A-Za-z-]+(?:=\\S*)?)*)");
    private static final Pattern FLAG = Pattern.compile("--([A-Za-z-]+)(?:=(\\S*))?");

    /** @param text the box's rendered Dockerfile */
    static BuilderDecision decide(String box, BuilderChoice choice, BuilderSupport engine, String address, String text) throws BoxException {
        Optional<String> session = sessionFeature(text);
        if (session.isPresent()) {
            throw new BoxException(box + ": the Dockerfile uses " + session.get() + ", which needs what the docker CLI serves through its"
                    + " session with the engine, and dockerbox's session serves the build's files only; pass the value as a <buildArgs> entry or a template setting instead"
                    + " (dockerbox's <secrets> keep a value out of the log, not out of the image), or build this box with the docker CLI", null);
        }
        Optional<String> needs = buildKitFeature(text);
        String noBuildKit = "the engine at " + address + " (API " + engine.apiVersion() + ") has no BuildKit (API 1.39, Docker 18.09, and later)";
        switch (choice) {
            case CLASSIC -> {
                if (needs.isPresent()) {
                    throw new BoxException(box + ": the Dockerfile uses " + needs.get() + ", which the classic builder cannot build,"
                            + " but -Ddockerbox.builder=classic; use buildkit or auto", null);
                }
                return new BuilderDecision(false, "-Ddockerbox.builder=classic");
            }
            case BUILDKIT -> {
                if (engine.podman()) {
                    throw new BoxException(box + ": -Ddockerbox.builder=buildkit, but the engine at " + address + " is Podman, which"
                            + " builds with Buildah (it knows RUN --mount too); use auto or classic", null);
                }
                if (!engine.hasBuildKit()) {
                    throw new BoxException(box + ": -Ddockerbox.builder=buildkit, but " + noBuildKit + "; use classic or auto", null);
                }
                return new BuilderDecision(true, "-Ddockerbox.builder=buildkit");
            }
            default -> {
                if (engine.podman()) {
                    return new BuilderDecision(false, needs.isPresent() ? "Podman builds with Buildah, which knows " + needs.get()
                            : "the engine's default builder");
                }
                if (needs.isPresent()) {
                    if (!engine.hasBuildKit()) {
                        throw new BoxException(box + ": the Dockerfile uses " + needs.get() + ", which only BuildKit builds, but "
                                + noBuildKit, null);
                    }
                    return new BuilderDecision(true, "the Dockerfile uses " + needs.get());
                }
                return engine.buildKitDefault() ? new BuilderDecision(true, "the engine's default builder")
                        : new BuilderDecision(false, "the engine's default builder");
            }
        }
    }

    /** The build line's words: {@code with BuildKit (the Dockerfile uses RUN --mount)}. */
    String describe() {
        return (buildKit ? "with BuildKit" : "with the classic builder") + " (" + reason + ")";
    }

    /** The first instruction flag that only BuildKit knows, as {@code RUN --mount}. */
    static Optional<String> buildKitFeature(String text) {
        if (text.lines().anyMatch(l -> l.matches("(?i)^#\\s*syntax\\s*=.*"))) {
            return Optional.of("a # syntax= directive");
        }
        for (String instruction : instructions(text)) {
            Matcher m = INSTRUCTION.matcher(instruction);
            if (m.find()) {
                Matcher flag = FLAG.matcher(m.group(2));
                while (flag.find()) {
                    String used = m.group(1).toUpperCase(Locale.ROOT) + " --" + flag.group(1).toLowerCase(Locale.ROOT);
                    if (BUILDKIT_FLAGS.contains(used)) {
                        return Optional.of(used);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A mount that needs a client session: {@code RUN --mount=type=secret} or {@code type=ssh}. */
    static Optional<String> sessionFeature(String text) {
        for (String instruction : instructions(text)) {
            Matcher m = INSTRUCTION.matcher(instruction);
            if (m.find() && m.group(1).equalsIgnoreCase("RUN")) {
                Matcher flag = FLAG.matcher(m.group(2));
                while (flag.find()) {
                    if ("mount".equalsIgnoreCase(flag.group(1)) && flag.group(2) != null) {
                        for (String option : flag.group(2).split(",")) {
                            String type = option.strip().toLowerCase(Locale.ROOT);
                            if (type.equals("type=secret") || type.equals("type=ssh")) {
                                return Optional.of("RUN --mount=" + type);
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The Dockerfile's instructions, each on one line: comments left out, continued lines joined. */
    private static List<String> instructions(String text) {
        List<String> result = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (current.length() == 0 && (stripped.isEmpty() || stripped.startsWith("#"))) {
                continue;
            }
            if (stripped.endsWith("\\")) {
                current.append(stripped, 0, stripped.length() - 1).append(' ');
            } else {
                result.add(current.append(stripped).toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            result.add(current.toString());
        }
        return result;
    }
}
