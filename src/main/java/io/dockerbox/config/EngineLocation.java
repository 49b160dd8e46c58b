package io.dockerbox.config;

/**
 * Where the Docker engine is and why dockerbox thinks so.
 *
 * @param address the engine URI, e.g. {@code unix:///var/run/docker.sock} or {@code tcp://127.0.0.1:2376}
 * @param source where the address came from, in words for the log line {@code engine: ADDRESS (SOURCE)}
 * @param tlsFolder the folder with ca.pem, cert.pem and key.pem when TLS is to be used, else null
 */
public record EngineLocation(String address, String source, String tlsFolder) {
    public String describe() {
        return address + " (" + source + ")";
    }
}
