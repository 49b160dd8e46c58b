package io.dockerbox.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Eclipse (m2e) reads META-INF/m2e/lifecycle-mapping-metadata.xml from the plugin jar: without it, every
 * project that binds a dockerbox goal shows "plugin execution not covered by lifecycle configuration".
 * render runs in the IDE, on configuration and on incremental builds (cheap, no engine); every other goal
 * is ignored there. A new goal fails here until the file says what the IDE does with it.
 * (it/plugin-validation checks that the file is in the installed jar.)
 */
class M2eMetadataTest {
    private static final String METADATA = "/META-INF/m2e/lifecycle-mapping-metadata.xml";

    @Test
    void renderRunsInTheIdeAndEveryOtherGoalIsLeftToMaven() throws Exception {
        Element root;
        try (InputStream in = M2eMetadataTest.class.getResourceAsStream(METADATA)) {
            assertNotNull(in, METADATA + " is on the classpath (src/main/resources)");
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
        List<String> executed = new ArrayList<>();
        Set<String> ignored = new TreeSet<>();
        NodeList executions = root.getElementsByTagName("pluginExecution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            List<String> goals = texts(execution, "goal");
            Element action = (Element) execution.getElementsByTagName("action").item(0);
            if (action.getElementsByTagName("ignore").getLength() == 1) {
                ignored.addAll(goals);
            } else {
                assertEquals(List.of("true"), texts(action, "runOnIncremental"), "render runs on incremental builds");
                assertEquals(List.of("true"), texts(action, "runOnConfiguration"), "render runs when the POM changes");
                executed.addAll(goals);
            }
        }

        assertEquals(List.of("render"), executed);
        Set<String> others = new TreeSet<>(DocsTablesTest.descriptor().keySet());
        others.remove("render");
        assertEquals(others, ignored, "every goal of the plugin descriptor but render and help is ignored in the IDE");
    }

    private static List<String> texts(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
