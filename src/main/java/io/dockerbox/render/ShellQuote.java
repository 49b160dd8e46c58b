package io.dockerbox.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * {@code ${shellQuote(settings.x)}}: a value as one single-quoted word for {@code /bin/sh}, so a
 * setting with spaces, quotes or {@code $} cannot change what a {@code RUN} line does.
 */
final class ShellQuote implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException("shellQuote takes exactly one text value, e.g. ${shellQuote(settings.dbPassword)}");
        }
        return quote(scalar.getAsString());
    }

    static String quote(String value) {
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }
}
