package io.dockerbox.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which setting values dockerbox masks: secret-like names, and the names in {@code <secrets>}. */
class SecretValuesTest {
    private static DockerboxConfig config(Map<String, String> settings) {
        return new DockerboxConfig(settings, List.of(), new ProjectInfo("g", "a", "1", Path.of("."), Path.of("target"), Map.of()), null);
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("dbName", "project");
        settings.put("dbPassword", "pw-1");
        settings.put("apiToken", "tok-2");
        settings.put("sshKey", "key-3");
        settings.put("appSecret", "sec-4");
        settings.put("dbPass", "pass-5");
        settings.put("emptyPassword", "");
        return settings;
    }

    @Test
    void namesEndingLikeASecretAreMaskedInAnyCase() throws ConfigException {
        assertEquals(List.of("pw-1", "tok-2", "key-3", "sec-4"), config(settings()).secretValues(List.of()));
        assertTrue(Secrets.isSecretName("DB_PASSWORD") && Secrets.isSecretName("githubtoken"));
    }

    @Test
    void namesListedInSecretsAreMaskedToo() throws ConfigException {
        assertEquals(List.of("pw-1", "tok-2", "key-3", "sec-4", "pass-5"), config(settings()).secretValues(List.of(" dbPass ")));
    }

    @Test
    void aListedNameThatIsNoSettingIsRefusedWithTheSettingsThereAre() {
        ConfigException e = assertThrows(ConfigException.class, () -> config(settings()).secretValues(List.of("dbPasswort")));
        assertTrue(e.getMessage().contains("secrets: 'dbPasswort' is not a setting"), e.getMessage());
        assertTrue(e.getMessage().contains("the settings are: dbName, dbPassword, apiToken"), e.getMessage());
    }
}
