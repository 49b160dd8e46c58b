package io.dockerbox.render;

import io.dockerbox.config.BoxConfig;
import io.dockerbox.config.DockerboxConfig;
import io.dockerbox.config.ProjectInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a template sees: {@code from}, {@code box}, {@code settings} and {@code project}, as plain text values. */
public final class TemplateModel {
    private TemplateModel() {}

    public static Map<String, Object> of(DockerboxConfig config, BoxConfig box, String from, String version) {
        ProjectInfo project = config.project();
        Map<String, Object> projectModel = new LinkedHashMap<>();
        projectModel.put("groupId", project.groupId());
        projectModel.put("artifactId", project.artifactId());
        projectModel.put("version", project.version());
        projectModel.put("basedir", project.basedir().toString());
        projectModel.put("properties", project.properties());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("from", from);
        model.put("box", Map.of("name", box.name(), "version", version));
        model.put("settings", config.settings());
        model.put("project", projectModel);
        return model;
    }
}
