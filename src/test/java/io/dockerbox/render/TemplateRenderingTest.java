package io.dockerbox.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateRenderingTest {
    @TempDir
    Path dir;

    private final TemplateRenderer renderer = new TemplateRenderer();
    private final Map<String, Object> model = Map.of(
            "from", "acme/base:3",
            "box", Map.of("name", "acme/site", "version", "4"),
            "settings", Map.of("dbName", "project", "motd", "it's $HOME"),
            "project", Map.of("artifactId", "site"));

    private RenderedDockerfile render(String template) throws IOException, RenderException {
        Files.writeString(dir.resolve("Dockerfile.ftl"), template);
        return renderer.render(dir, model);
    }

    @Test
    void rendersFromBoxSettingsAndProject() throws Exception {
        RenderedDockerfile out = render("FROM ${from}\nLABEL v=${box.version} n=${box.name}\nENV DB=${settings.dbName} A=${project.artifactId}\n");
        assertEquals("FROM acme/base:3\nLABEL v=4 n=acme/site\nENV DB=project A=site\n", out.text());
        assertTrue(out.fromTemplate());
    }

    @Test
    void aPlainDockerfileIsReadAsIs() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM x\nRUN echo ${not a template}\n");
        RenderedDockerfile out = renderer.render(dir, model);
        assertEquals("FROM x\nRUN echo ${not a template}\n", out.text());
        assertFalse(out.fromTemplate());
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() {
        RenderException e = assertThrows(RenderException.class, () -> render("FROM ${from}\n<#if true>\nRUN x\n"));
        assertTrue(e.getMessage().startsWith(dir.resolve("Dockerfile.ftl") + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("template syntax error"), e.getMessage());
    }

    @Test
    void anUndefinedSettingIsNamedWithTheDefinedOnes() {
        RenderException e = assertThrows(RenderException.class, () -> render("FROM ${from}\nENV X=${settings.wwwRoot}\n"));
        assertTrue(e.getMessage().startsWith(dir.resolve("Dockerfile.ftl") + ":2:"), "names the template: " + e.getMessage());
        assertTrue(e.getMessage().contains("the setting 'wwwRoot' is not defined in <settings>; add <wwwRoot>value</...> to <settings>,"
                + " or write ${settings.wwwRoot!\"default\"} in the template"), e.getMessage());
        assertTrue(e.getMessage().contains("(defined: dbName, motd)"), e.getMessage());
    }

    @Test
    void anUndefinedVariableSaysWhatTemplatesSee() {
        RenderException e = assertThrows(RenderException.class, () -> render("FROM ${parent}\n"));
        assertTrue(e.getMessage().contains("'parent' is not defined; templates see from, box, settings and project"), e.getMessage());
    }

    @Test
    void objectCreationIsRefused() {
        RenderException e = assertThrows(RenderException.class,
                () -> render("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"));
        assertTrue(e.getMessage().toLowerCase().contains("not allowed") || e.getMessage().contains("resolv"), e.getMessage());
    }

    @Test
    void apiBuiltInIsRefused() {
        assertThrows(RenderException.class, () -> render("${settings?api.size()}"));
    }

    @Test
    void includesOutsideTheBoxDirectoryAreRefused() throws IOException {
        Files.writeString(dir.getParent().resolve("outside.ftl"), "SECRET");
        assertThrows(RenderException.class, () -> render("<#include \"../outside.ftl\">"));
    }

    @Test
    void includesInsideTheBoxDirectoryWork() throws Exception {
        Files.writeString(dir.resolve("common.ftl"), "RUN echo common");
        assertEquals("FROM x\nRUN echo common", render("FROM x\n<#include \"common.ftl\">").text());
    }

    @Test
    void shellQuoteMakesOneSafeWord() throws Exception {
        assertEquals("RUN echo 'it'\"'\"'s $HOME'", render("RUN echo ${shellQuote(settings.motd)}").text());
        assertEquals("'a b'", ShellQuote.quote("a b"));
    }
}
