package io.dockerbox.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A {@code .dockerignore} matcher that decides like Docker does: lines are read as in
 * {@code ignorefile.ReadAll} and matched as in moby's {@code patternmatcher.MatchesOrParentMatches},
 * so the context we send is the one {@code docker build} would send.
 */
public final class DockerIgnore {

    /** A pattern Docker would reject; thrown instead of guessing what was meant. */
    public static final class InvalidPatternException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidPatternException(String pattern, int line, String problem) {
            super("invalid .dockerignore pattern \"" + pattern + "\" on line " + line + ": " + problem);
        }
    }

    // moby picks a cheaper test when the pattern allows it; the shortcuts are kept because they
    // do not always agree with the regex (e.g. "**foo" also matches "barfoo").
    private enum Kind { EXACT, PREFIX, SUFFIX, REGEX }

    private record Rule(String text, boolean exception, Kind kind, String literal, Pattern regex) {
        boolean matches(String path) {
            return switch (kind) {
                case EXACT -> path.equals(literal);
                case PREFIX -> path.startsWith(literal);
                case SUFFIX -> path.endsWith(literal) || literal.startsWith("/") && path.equals(literal.substring(1));
                case REGEX -> regex.matcher(path).matches();
            };
        }

        // Excluding a directory excludes its contents, so each parent is tried too.
        boolean matchesOrParentMatches(String path) {
            boolean match = matches(path);
            for (int i = path.indexOf('/'); i >= 0 && !match; i = path.indexOf('/', i + 1)) {
                match = matches(path.substring(0, i));
            }
            return match;
        }

        // May answer true wrongly, never false wrongly: a skipped directory cannot be taken back.
        boolean mayMatchBelow(String directory) {
            String below = directory + "/";
            return switch (kind) {
                case EXACT -> literal.startsWith(below);
                case PREFIX -> literal.startsWith(below) || below.startsWith(literal);
                case SUFFIX -> true;
                case REGEX -> {
                    Matcher m = regex.matcher(below);
                    yield m.matches() || m.hitEnd(); // hitEnd: a longer path could still match
                }
            };
        }
    }

    private static final DockerIgnore NONE = new DockerIgnore(List.of());
    // Go's unicode.IsSpace: \t to \r, U+0085 and the Zs/Zl/Zp separators (U+00A0 among them).
    private static final String SPACE = "[\\t\\n\\x0B\\f\\r\\x85\\p{Z}]+";
    private static final Pattern GO_SPACE = Pattern.compile("^" + SPACE + "|" + SPACE + "\\z");

    private final List<Rule> rules;
    private final List<String> patterns;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.patterns = rules.stream().map(Rule::text).toList();
    }

    public static DockerIgnore none() {
        return NONE;
    }

    public static DockerIgnore load(Path contextDirectory) throws IOException, InvalidPatternException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(contextDirectory.resolve(".dockerignore"));
        } catch (NoSuchFileException e) {
            return NONE;
        }
        // Like Go's bufio.ScanLines: only '\n' ends a line, and one '\r' before it is dropped.
        return parse(Arrays.stream(new String(bytes, StandardCharsets.UTF_8).split("\n", -1))
                .map(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line)
                .toList());
    }

    public static DockerIgnore parse(List<String> lines) throws InvalidPatternException {
        List<Rule> rules = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = n == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(n);
            String written = goTrim(line);
            if (line.startsWith("#") || written.isEmpty()) { // '#' is tested before trimming, as Docker does
                continue;
            }
            // Stage one is the CLI's ReadAll: clean what follows '!', drop one leading '/'.
            boolean invert = written.charAt(0) == '!';
            String body = invert ? goTrim(written.substring(1)) : written;
            body = body.isEmpty() ? body : clean(body);
            body = body.length() > 1 && body.charAt(0) == '/' ? body.substring(1) : body;
            // Stage two is patternmatcher.New, which trims and cleans the whole line once more,
            // '!' included; both stages are kept because they disagree on odd input like "!/".
            String text = goTrim(invert ? "!" + body : body);
            if (text.isEmpty()) {
                continue;
            }
            text = clean(text);
            boolean exception = text.charAt(0) == '!';
            if (exception && text.length() == 1) {
                throw new InvalidPatternException(written, n + 1, "'!' must be followed by a pattern");
            }
            try {
                rules.add(compile(text, exception));
            } catch (IllegalArgumentException e) {
                throw new InvalidPatternException(written, n + 1, e.getMessage());
            }
        }
        return rules.isEmpty() ? NONE : new DockerIgnore(rules);
    }

    public boolean isExcluded(String relativePath) {
        if (rules.isEmpty()) {
            return false;
        }
        String path = clean(relativePath);
        if (path.equals(".")) {
            return false; // moby refuses to exclude the context itself
        }
        boolean excluded = false;
        for (Rule rule : rules) {
            // Only a pattern that could flip the current answer is tried, as in moby.
            if (rule.exception() == excluded && rule.matchesOrParentMatches(path)) {
                excluded = !rule.exception();
            }
        }
        return excluded;
    }

    public boolean hasExceptions() {
        return rules.stream().anyMatch(Rule::exception);
    }

    public boolean mayReincludeBelow(String relativeDirectory) {
        if (!hasExceptions()) {
            return false;
        }
        String dir = clean(relativeDirectory);
        int last = IntStream.range(0, rules.size())
                .filter(i -> rules.get(i).matchesOrParentMatches(dir)).max().orElse(-1);
        if (dir.equals(".") || last < 0 || rules.get(last).exception()) {
            return true; // not excluded, so not ours to skip
        }
        // The pattern that excludes the directory also excludes all below it, so only an exception
        // written after it can win; none of those matches the directory or a parent of it.
        return rules.subList(last + 1, rules.size()).stream().anyMatch(r -> r.exception() && r.mayMatchBelow(dir));
    }

    public List<String> patterns() {
        return patterns;
    }

    /**
     * Follows moby's Pattern.compile token by token, so the same shortcut is chosen, but reads classes
     * and escapes as Go's filepath.Match (the syntax Docker documents and validates with): moby pastes
     * them into its regex verbatim, where "[*]" or "\d" mean something else.
     */
    private static Rule compile(String text, boolean exception) {
        String pattern = exception ? text.substring(1) : text;
        int[] cps = pattern.codePoints().toArray();
        StringBuilder re = new StringBuilder();
        Kind kind = Kind.EXACT;
        for (int i = 0, token = 0; i < cps.length; token++) {
            int ch = cps[i++];
            if (ch == '*' && i < cps.length && cps[i] == '*') {
                i += i + 1 < cps.length && cps[i + 1] == '/' ? 2 : 1; // "**/" counts as "**"
                if (i < cps.length) {
                    re.append("(?:.*/)?"); // any number of directories, even none
                    kind = Kind.REGEX;
                } else if (kind == Kind.EXACT) {
                    kind = Kind.PREFIX;
                } else {
                    re.append(".*");
                    kind = Kind.REGEX;
                }
                kind = token == 0 ? Kind.SUFFIX : kind;
            } else if (ch == '*' || ch == '?') {
                re.append(ch == '*' ? "[^/]*" : "[^/]");
                kind = Kind.REGEX;
            } else if (ch == '\\') {
                if (i == cps.length) {
                    throw new IllegalArgumentException("trailing '\\' escapes nothing");
                }
                re.append(literal(cps[i++]));
                kind = Kind.REGEX;
            } else if (ch == '[') {
                i = appendClass(cps, i, re);
                kind = Kind.REGEX;
            } else {
                re.append(literal(ch));
                kind = ch == ']' ? Kind.REGEX : kind; // moby's regex path, though the result is the same
            }
        }
        return switch (kind) {
            case EXACT -> new Rule(text, exception, kind, pattern, null);
            case PREFIX -> new Rule(text, exception, kind, pattern.substring(0, pattern.length() - 2), null);
            case SUFFIX -> new Rule(text, exception, kind, pattern.substring(2), null);
            // UNIX_LINES: like Go's regexp, '.' stops only at '\n'.
            case REGEX -> new Rule(text, exception, kind, null, Pattern.compile(re.toString(), Pattern.UNIX_LINES));
        };
    }

    /** Reads a class after its '[' with filepath.Match's rules and returns the index after ']'. */
    private static int appendClass(int[] cps, int i, StringBuilder re) {
        boolean negated = i < cps.length && cps[i] == '^';
        i += negated ? 1 : 0;
        StringBuilder ranges = new StringBuilder();
        for (int count = 0; count == 0 || i >= cps.length || cps[i] != ']'; count++) {
            int at = classCharAt(cps, i, count);
            int lo = cps[at];
            int hi = lo;
            i = at + 1;
            if (cps[i] == '-') {
                at = classCharAt(cps, i + 1, 1);
                hi = cps[at];
                i = at + 1;
            }
            if (lo <= hi) { // Go accepts a reversed range that matches nothing; Java would not
                ranges.append(literal(lo)).append('-').append(literal(hi));
            }
        }
        if (ranges.isEmpty()) {
            re.append(negated ? "[\\x{0}-\\x{10FFFF}]" : "(?!)");
        } else {
            re.append(negated ? "[^" : "[").append(ranges).append(']');
        }
        return i + 1;
    }

    /** Go's getEsc: where the next class character sits, skipping a '\\'. */
    private static int classCharAt(int[] cps, int i, int count) {
        if (i < cps.length && (cps[i] == ']' || cps[i] == '-')) {
            throw new IllegalArgumentException(cps[i] == '-' ? "unescaped '-' in character class"
                    : count == 0 ? "empty character class" : "character range without an end");
        }
        i += i < cps.length && cps[i] == '\\' ? 1 : 0;
        if (i + 1 >= cps.length) {
            throw new IllegalArgumentException("unclosed character class, missing ']'");
        }
        return i;
    }

    private static String literal(int cp) {
        return cp < 128 && Character.isLetterOrDigit(cp) ? Character.toString(cp) : String.format("\\x{%x}", cp);
    }

    /** Go's filepath.Clean for '/' paths. */
    private static String clean(String path) {
        boolean rooted = path.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                out.remove(out.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".") && !(rooted && segment.equals(".."))) {
                out.add(segment); // "/.." is "/", but a relative ".." has to stay
            }
        }
        String joined = String.join("/", out);
        return rooted ? "/" + joined : joined.isEmpty() ? "." : joined;
    }

    /** Go's strings.TrimSpace, whose idea of space includes U+0085 and U+00A0, unlike String.strip. */
    private static String goTrim(String s) {
        return GO_SPACE.matcher(s).replaceAll("");
    }
}
