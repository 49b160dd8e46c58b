package io.dockerbox.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders a box's {@code Dockerfile.ftl} with FreeMarker, or reads its plain {@code Dockerfile}.
 * Templates are data, not code: no object creation, no {@code ?api}, includes only from the box's
 * own directory.
 */
public final class TemplateRenderer {
    public static final String TEMPLATE = "Dockerfile.ftl";
    public static final String PLAIN = "Dockerfile";

    /** Renders or reads the Dockerfile of the box in {@code directory} with the given model. */
    public RenderedDockerfile render(Path directory, Map<String, Object> model) throws RenderException {
        Path template = directory.resolve(TEMPLATE);
        if (!Files.isRegularFile(template)) {
            Path plain = directory.resolve(PLAIN);
            try {
                return new RenderedDockerfile(Files.readString(plain, StandardCharsets.UTF_8), plain, false);
            } catch (IOException e) {
                throw new RenderException("cannot read " + plain + ": " + e.getMessage(), e);
            }
        }
        try {
            Template parsed = configuration(directory).getTemplate(TEMPLATE);
            StringWriter out = new StringWriter();
            parsed.process(model, out);
            return new RenderedDockerfile(out.toString(), template, true);
        } catch (ParseException e) {
            throw new RenderException(template + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": template syntax error: " + e.getEditorMessage(), e);
        } catch (InvalidReferenceException e) {
            throw new RenderException(undefined(template, e, model), e);
        } catch (TemplateException e) {
            throw new RenderException(template + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": " + e.getMessageWithoutStackTop().strip(), e);
        } catch (IOException e) {
            throw new RenderException("cannot read " + template + ": " + e.getMessage(), e);
        }
    }

    private static String undefined(Path template, InvalidReferenceException e, Map<String, Object> model) {
        String expression = e.getBlamedExpressionString();
        String where = template + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
        if (expression != null && expression.startsWith("settings.")) {
            Object settings = model.get("settings");
            String known = settings instanceof Map<?, ?> map ? String.join(", ", new TreeSet<>(stringKeys(map))) : "";
            return where + ": the setting '" + expression.substring("settings.".length())
                    + "' is not defined in <settings>; add <" + expression.substring("settings.".length())
                    + ">value</...> to <settings>, or write ${" + expression + "!\"default\"} in the template"
                    + (known.isEmpty() ? " (no settings are defined)" : " (defined: " + known + ")");
        }
        return where + ": '" + expression + "' is not defined; templates see from, box, settings and project"
                + " (write ${" + expression + "!\"default\"} for an optional value)";
    }

    private static TreeSet<String> stringKeys(Map<?, ?> map) {
        TreeSet<String> keys = new TreeSet<>();
        map.keySet().forEach(k -> keys.add(String.valueOf(k)));
        return keys;
    }

    private static Configuration configuration(Path directory) throws IOException {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        // FileTemplateLoader refuses paths that resolve outside its base directory.
        config.setTemplateLoader(new FileTemplateLoader(directory.toFile()));
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setDefaultEncoding("UTF-8");
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setSharedVariable("shellQuote", new ShellQuote());
        return config;
    }
}
