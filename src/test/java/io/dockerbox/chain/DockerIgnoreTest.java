package io.dockerbox.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerIgnoreTest {

    private static DockerIgnore ignore(String... lines) throws DockerIgnore.InvalidPatternException {
        return DockerIgnore.parse(List.of(lines));
    }

    private static String invalid(String... lines) {
        return assertThrows(DockerIgnore.InvalidPatternException.class, () -> ignore(lines)).getMessage();
    }

    @Test
    void noneExcludesNothingAndHasNoPatterns() {
        DockerIgnore none = DockerIgnore.none();
        assertFalse(none.isExcluded("anything/at/all"));
        assertFalse(none.hasExceptions());
        assertFalse(none.mayReincludeBelow("anything"));
        assertEquals(List.of(), none.patterns());
    }

    @Test
    void commentsAndBlankLinesAreSkipped() throws Exception {
        DockerIgnore ignore = ignore("# a comment", "", "   ", "\t", "target", "#*.log");
        assertEquals(List.of("target"), ignore.patterns());
        assertFalse(ignore.isExcluded("app.log"));
        assertFalse(ignore.isExcluded("# a comment"));
    }

    @Test
    void hashIsACommentOnlyAsTheFirstCharacter() throws Exception {
        DockerIgnore ignore = ignore("  #notes", "a#b");
        assertEquals(List.of("#notes", "a#b"), ignore.patterns());
        assertTrue(ignore.isExcluded("#notes"));
        assertTrue(ignore.isExcluded("a#b"));
    }

    @Test
    void whitespaceAroundPatternsAndAfterTheBangIsTrimmed() throws Exception {
        DockerIgnore ignore = ignore("  build \t", "!   build/keep  ", "\u00A0nbsp\u00A0");
        assertEquals(List.of("build", "!build/keep", "nbsp"), ignore.patterns());
    }

    @Test
    void starMatchesWithinOneDirectoryLevelOnly() throws Exception {
        DockerIgnore ignore = ignore("*.log", "docs/*.md");
        assertTrue(ignore.isExcluded("app.log"));
        assertTrue(ignore.isExcluded(".log"));
        assertFalse(ignore.isExcluded("logs/app.log"));
        assertTrue(ignore.isExcluded("docs/readme.md"));
        assertFalse(ignore.isExcluded("docs/api/readme.md"));
        assertFalse(ignore.isExcluded("readme.md"));
    }

    @Test
    void questionMarkMatchesExactlyOneCharacterOtherThanSlash() throws Exception {
        DockerIgnore ignore = ignore("a?c");
        assertTrue(ignore.isExcluded("abc"));
        assertTrue(ignore.isExcluded("a.c"));
        assertFalse(ignore.isExcluded("ac"));
        assertFalse(ignore.isExcluded("abbc"));
        assertFalse(ignore.isExcluded("a/c"));
    }

    @Test
    void characterClassesSupportRangesNegationAndEscapes() throws Exception {
        DockerIgnore ignore = ignore("file[0-9a].txt", "x[^ab]", "y[\\]]", "z[*?]");
        assertTrue(ignore.isExcluded("file7.txt"));
        assertTrue(ignore.isExcluded("filea.txt"));
        assertFalse(ignore.isExcluded("fileb.txt"));
        assertTrue(ignore.isExcluded("xc"));
        assertFalse(ignore.isExcluded("xa"));
        assertTrue(ignore.isExcluded("y]"));
        assertTrue(ignore.isExcluded("z*"));
        assertTrue(ignore.isExcluded("z?"));
        assertFalse(ignore.isExcluded("zz"));
    }

    @Test
    void bangInsideAClassIsALiteralAsInGo() throws Exception {
        DockerIgnore ignore = ignore("a[!b]");
        assertTrue(ignore.isExcluded("a!"));
        assertTrue(ignore.isExcluded("ab"));
        assertFalse(ignore.isExcluded("ac"));
    }

    @Test
    void doubleStarAtTheStartMatchesAtAnyDepthIncludingTheTop() throws Exception {
        DockerIgnore ignore = ignore("**/*.go");
        assertTrue(ignore.isExcluded("main.go"));
        assertTrue(ignore.isExcluded("a/b/c/main.go"));
        assertFalse(ignore.isExcluded("main.gox"));
    }

    @Test
    void doubleStarInTheMiddleMatchesZeroOrMoreDirectories() throws Exception {
        DockerIgnore ignore = ignore("a/**/b");
        assertTrue(ignore.isExcluded("a/b"));
        assertTrue(ignore.isExcluded("a/x/b"));
        assertTrue(ignore.isExcluded("a/x/y/b"));
        assertTrue(ignore.isExcluded("a/x/b/inside"));
        assertFalse(ignore.isExcluded("a/xb"));
        assertFalse(ignore.isExcluded("c/a/b"));
    }

    @Test
    void doubleStarAtTheEndExcludesTheContentsButNotTheDirectoryItself() throws Exception {
        DockerIgnore ignore = ignore("cache/**");
        assertTrue(ignore.isExcluded("cache/x"));
        assertTrue(ignore.isExcluded("cache/x/y"));
        assertFalse(ignore.isExcluded("cache"));
        assertFalse(ignore.isExcluded("cached"));
    }

    @Test
    void doubleStarAloneExcludesEverything() throws Exception {
        DockerIgnore ignore = ignore("**");
        assertTrue(ignore.isExcluded("a"));
        assertTrue(ignore.isExcluded("a/b/c"));
        assertFalse(ignore.isExcluded("."));
    }

    @Test
    void doubleStarGluedToANameKeepsMobysShortcuts() throws Exception {
        // moby tests "**name" with a plain suffix check but "x**name" with its regex
        assertTrue(ignore("**foo").isExcluded("dir/barfoo"));
        DockerIgnore glued = ignore("a**b");
        assertTrue(glued.isExcluded("a/x/b"));
        assertTrue(glued.isExcluded("ab"));
        assertFalse(glued.isExcluded("axb"));
    }

    @Test
    void excludingADirectoryExcludesEverythingBelowIt() throws Exception {
        DockerIgnore ignore = ignore("build", "src/*/generated");
        assertTrue(ignore.isExcluded("build"));
        assertTrue(ignore.isExcluded("build/classes/A.class"));
        assertTrue(ignore.isExcluded("src/main/generated/B.java"));
        assertFalse(ignore.isExcluded("builder"));
        assertFalse(ignore.isExcluded("src/main/java/B.java"));
    }

    @Test
    void lastMatchingPatternWins() throws Exception {
        DockerIgnore ignore = ignore("*.md", "!README*.md", "README-secret.md");
        assertTrue(ignore.isExcluded("CHANGES.md"));
        assertFalse(ignore.isExcluded("README.md"));
        assertTrue(ignore.isExcluded("README-secret.md"));
    }

    @Test
    void exceptionReincludesAFileInsideAnExcludedDirectory() throws Exception {
        DockerIgnore ignore = ignore("docs", "!docs/keep.md");
        assertTrue(ignore.hasExceptions());
        assertFalse(ignore.isExcluded("docs/keep.md"));
        assertTrue(ignore.isExcluded("docs/other.md"));
        assertTrue(ignore.isExcluded("docs"));
    }

    @Test
    void exceptionReincludesAWholeSubdirectory() throws Exception {
        DockerIgnore ignore = ignore("target", "!target/dist");
        assertFalse(ignore.isExcluded("target/dist/app.jar"));
        assertTrue(ignore.isExcluded("target/classes/A.class"));
    }

    @Test
    void exceptionWrittenBeforeTheExclusionHasNoEffect() throws Exception {
        DockerIgnore ignore = ignore("!docs/keep.md", "docs");
        assertTrue(ignore.isExcluded("docs/keep.md"));
    }

    @Test
    void leadingSlashAndDotSlashAreRemoved() throws Exception {
        DockerIgnore ignore = ignore("/secret", "./tmp", "!/tmp/keep", "! ./tmp/also");
        assertEquals(List.of("secret", "tmp", "!tmp/keep", "!tmp/also"), ignore.patterns());
        assertTrue(ignore.isExcluded("secret"));
        assertTrue(ignore.isExcluded("tmp/x"));
        assertFalse(ignore.isExcluded("tmp/keep"));
    }

    @Test
    void trailingSlashIsDroppedSoItMatchesFilesToo() throws Exception {
        DockerIgnore ignore = ignore("logs/");
        assertEquals(List.of("logs"), ignore.patterns());
        assertTrue(ignore.isExcluded("logs"));
        assertTrue(ignore.isExcluded("logs/today.txt"));
    }

    @Test
    void patternsAreCleanedLikeGoFilepathClean() throws Exception {
        DockerIgnore ignore = ignore("a//b/../c/./d", "../outside", "x/..");
        assertEquals(List.of("a/c/d", "../outside", "."), ignore.patterns());
        assertTrue(ignore.isExcluded("a/c/d"));
    }

    @Test
    void patternThatCleansToDotIsValidButMatchesNothing() throws Exception {
        DockerIgnore ignore = ignore(".", "./", "!.");
        assertFalse(ignore.isExcluded("a"));
        assertFalse(ignore.isExcluded("."));
    }

    @Test
    void pathsAskedAboutAreCleanedFirst() throws Exception {
        DockerIgnore ignore = ignore("a/b");
        assertTrue(ignore.isExcluded("a//b/"));
        assertTrue(ignore.isExcluded("./a/b/c"));
    }

    @Test
    void backslashEscapesAMetacharacter() throws Exception {
        DockerIgnore ignore = ignore("\\*.txt", "q\\?", "\\[x]", "l\\ook");
        assertTrue(ignore.isExcluded("*.txt"));
        assertFalse(ignore.isExcluded("a.txt"));
        assertTrue(ignore.isExcluded("q?"));
        assertFalse(ignore.isExcluded("qa"));
        assertTrue(ignore.isExcluded("[x]"));
        assertTrue(ignore.isExcluded("look"));
    }

    @Test
    void regexMetacharactersAreLiterals() throws Exception {
        DockerIgnore ignore = ignore("a.b*", "(x)+{y}|$^");
        assertTrue(ignore.isExcluded("a.bc"));
        assertFalse(ignore.isExcluded("axbc"));
        assertTrue(ignore.isExcluded("(x)+{y}|$^"));
    }

    @Test
    void invalidPatternNamesThePatternAndItsLineNumber() {
        String message = invalid("# comment", "", "ok", "  bad[  ");
        assertTrue(message.contains("\"bad[\""), message);
        assertTrue(message.contains("line 4"), message);
        assertTrue(message.contains("unclosed character class"), message);
    }

    @Test
    void anUnclosedRangeIsRejectedAsGosFilepathMatchDoes() {
        // filepath.Match("[a-", ...) returns ErrBadPattern; docker build refuses the file.
        assertEquals("invalid .dockerignore pattern \"[a-\" on line 2: unclosed character class, missing ']'", invalid("*.tmp", "[a-"));
    }

    @Test
    void malformedClassesAndEscapesAreRejected() {
        assertTrue(invalid("a[]").contains("empty character class"));
        assertTrue(invalid("a[^]").contains("empty character class"));
        assertTrue(invalid("a[-z]").contains("'-'"));
        assertTrue(invalid("a[a-]").contains("character range without an end"));
        assertTrue(invalid("x", "a[b").contains("line 2"));
        assertTrue(invalid("a[\\").contains("unclosed"));
        assertTrue(invalid("ok", "", "trailing\\").contains("line 3"));
        assertTrue(invalid("*/[z").contains("unclosed"));
    }

    @Test
    void aLoneBangIsRejected() {
        assertTrue(invalid("a", "!").contains("line 2"));
        assertTrue(invalid("!   ").contains("'!'"));
        assertTrue(invalid("!/").contains("line 1"));
    }

    @Test
    void reversedRangeIsAcceptedButMatchesNothing() throws Exception {
        DockerIgnore ignore = ignore("a[z-b]", "b[^z-b]");
        assertFalse(ignore.isExcluded("ac"));
        assertTrue(ignore.isExcluded("bc"));
    }

    @Test
    void mayReincludeBelowIsFalseWithoutExceptions() throws Exception {
        assertFalse(ignore("node_modules").mayReincludeBelow("node_modules"));
    }

    @Test
    void mayReincludeBelowIsFalseWhenNoExceptionCanReachInside() throws Exception {
        assertFalse(ignore("node_modules", "!src/keep.txt").mayReincludeBelow("node_modules"));
        assertFalse(ignore("node_modules", "!node_modules2/x").mayReincludeBelow("node_modules"));
        assertFalse(ignore("src/main", "!src/*.java").mayReincludeBelow("src/main"));
        assertFalse(ignore("docs", "!doc[a-c]/x").mayReincludeBelow("docs"));
    }

    @Test
    void mayReincludeBelowIsFalseWhenTheExceptionComesBeforeTheExclusion() throws Exception {
        assertFalse(ignore("!node_modules/keep", "node_modules").mayReincludeBelow("node_modules"));
    }

    @Test
    void mayReincludeBelowIsTrueWhenAnExceptionPointsInside() throws Exception {
        assertTrue(ignore("node_modules", "!node_modules/keep/x").mayReincludeBelow("node_modules"));
        assertTrue(ignore("target", "!target/**").mayReincludeBelow("target"));
        assertTrue(ignore("target", "!target/*.jar").mayReincludeBelow("target"));
        assertTrue(ignore("a/b/c", "!a/b/c/d").mayReincludeBelow("a/b/c"));
    }

    @Test
    void mayReincludeBelowIsTrueForWildcardExceptionsThatCanMatchAnywhere() throws Exception {
        assertTrue(ignore("vendor", "!**/*.md").mayReincludeBelow("vendor"));
        assertTrue(ignore("vendor", "!*/LICENSE").mayReincludeBelow("vendor"));
        assertTrue(ignore("vendor", "!**LICENSE").mayReincludeBelow("vendor"));
        assertTrue(ignore("vendor", "!v*").mayReincludeBelow("vendor/lib"));
    }

    @Test
    void mayReincludeBelowIsTrueForADirectoryThatIsNotExcluded() throws Exception {
        assertTrue(ignore("build", "!keep").mayReincludeBelow("src"));
    }

    @Test
    void patternsListCannotBeModified() throws Exception {
        List<String> patterns = ignore("a").patterns();
        assertThrows(UnsupportedOperationException.class, () -> patterns.add("b"));
    }

    @Test
    void emptyInputGivesTheEmptyMatcher() throws Exception {
        assertSame(DockerIgnore.none(), ignore("# only a comment", ""));
    }

    @Test
    void loadReadsTheDockerignoreFileInTheContext(@TempDir Path context) throws Exception {
        String content = "\uFEFF# generated\r\ntarget\r\n!target/app.jar\r\n\r\n*.tmp\n";
        Files.write(context.resolve(".dockerignore"), content.getBytes(StandardCharsets.UTF_8));
        DockerIgnore ignore = DockerIgnore.load(context);
        assertEquals(List.of("target", "!target/app.jar", "*.tmp"), ignore.patterns());
        assertTrue(ignore.isExcluded("target/classes"));
        assertFalse(ignore.isExcluded("target/app.jar"));
        assertTrue(ignore.isExcluded("x.tmp"));
    }

    @Test
    void loadReportsTheLineOfAnInvalidPattern(@TempDir Path context) throws IOException {
        Files.writeString(context.resolve(".dockerignore"), "# c\nok\n[oops\n");
        var e = assertThrows(DockerIgnore.InvalidPatternException.class, () -> DockerIgnore.load(context));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void loadWithoutAFileExcludesNothing(@TempDir Path context) throws Exception {
        DockerIgnore ignore = DockerIgnore.load(context);
        assertSame(DockerIgnore.none(), ignore);
        assertFalse(ignore.isExcluded(".dockerignore"));
    }
}
