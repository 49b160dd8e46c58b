package io.dockerbox.engine;

import java.util.List;

/**
 * The shutdown hook's cleanup goes through the same {@link Engine} operations as every goal. It
 * runs after Maven closed the plugin's class realm, when no class can be loaded any more: the
 * classes those operations need on any path, failures included, are loaded here while it is open.
 */
public final class EmergencyCleanup {
    private static final List<String> NEEDED = List.of("EngineException", "EngineHttp$Answer", "EngineHttp$Exchange",
            "Chunked", "Chunked$Input", "EngineConnection", "TlsFailure", "ImageIds",
            "Transport$SshConnection", "ContainerCalls", "ContainerInfo", "Mount");

    private EmergencyCleanup() {}

    /** Loads what the cleanup may need, now, while the plugin's classes can still be loaded. */
    public static void prepare() {
        for (String name : NEEDED) {
            try {
                Class.forName(EmergencyCleanup.class.getPackageName() + "." + name, true, EmergencyCleanup.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("dockerbox cannot prepare its cleanup: " + name + " is missing", e);
            }
        }
    }
}
