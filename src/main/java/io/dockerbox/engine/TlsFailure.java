package io.dockerbox.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * What went wrong between dockerbox and a TLS engine, in words that name the certificate and the
 * fix: the JDK only says "PKIX path building failed" or, when the engine refuses the client
 * certificate under TLS 1.3, "Broken pipe".
 */
final class TlsFailure {
    static final List<String> CERT_FILES = List.of("ca.pem", "cert.pem", "key.pem");
    private static final String FIX = "Point DOCKER_CERT_PATH or -Ddockerbox.certPath at ";

    private TlsFailure() {}

    /** The files of {@link #CERT_FILES} that the folder lacks (all of them when it does not exist). */
    static List<String> missingFiles(Path folder) {
        List<String> missing = new ArrayList<>();
        for (String file : CERT_FILES) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                missing.add(file);
            }
        }
        return missing;
    }

    static String incomplete(String address, String certPath, List<String> missing) {
        String what = Files.isDirectory(Path.of(certPath)) ? "has no " + String.join(", ", missing) : "does not exist";
        return "the TLS client certificates for the Docker engine at " + address + " are missing: " + certPath + " "
                + what + ". " + FIX + "a folder with the engine's CA (ca.pem) and your client certificate (cert.pem, key.pem).";
    }

    static String unreadable(String address, String certPath, Throwable failure) {
        return "the TLS client certificates in " + certPath + " for the Docker engine at " + address + " could not be read ("
                + EngineConnection.rootMessage(failure) + "). ca.pem and cert.pem must be PEM certificates, key.pem its PEM"
                + " private key. " + FIX + "the folder with the certificates made for that engine.";
    }

    /**
     * Explains a failed connection as a TLS problem, or returns null when it is none. {@code certPath}
     * is the folder in use when TLS is on, null when it is off.
     */
    static String explain(String address, String certPath, Throwable failure) {
        String why = " (" + EngineConnection.rootMessage(failure) + "). ";
        if (certPath == null) {
            return chainMentions(failure, "HTTP request to an HTTPS server")
                    ? "the Docker engine at " + address + " only speaks TLS, and dockerbox connected without" + why
                            + "Set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or -Ddockerbox.certPath, to a folder with the"
                            + " engine's CA (ca.pem) and your client certificate (cert.pem, key.pem)."
                    : null;
        }
        String handshake = "TLS handshake with the Docker engine at " + address + " failed: ";
        if (chainHas(failure, SSLPeerUnverifiedException.class) || chainMentions(failure, "subject alternative name")) {
            return handshake + "the engine's certificate is not made out to " + host(address) + why
                    + "Connect by a name or address the certificate holds (DOCKER_HOST or -Ddockerbox.dockerHost), or give"
                    + " the engine a certificate whose subjectAltName holds this one.";
        }
        if (chainHas(failure, CertPathBuilderException.class) || chainHas(failure, CertificateException.class)
                || chainMentions(failure, "PKIX")) {
            return handshake + "the engine's certificate is not signed by the CA in " + Path.of(certPath, "ca.pem") + why
                    + FIX + "the folder whose ca.pem is the CA of that engine, next to your client certificate (cert.pem,"
                    + " key.pem).";
        }
        // Under TLS 1.3 the client finishes its half of the handshake first, so an engine that refuses
        // the client certificate often shows only as a connection it closed.
        if (chainMentions(failure, "bad_certificate") || chainMentions(failure, "certificate_required")
                || chainMentions(failure, "unknown_ca") || chainMentions(failure, "certificate_unknown")
                || chainMentions(failure, "Broken pipe") || chainMentions(failure, "Connection reset")) {
            return handshake + "the engine refused the client certificate " + Path.of(certPath, "cert.pem")
                    + ", which is not signed by a CA it trusts (its --tlscacert)" + why + FIX
                    + "a folder whose cert.pem and key.pem were made for that engine (signed by its CA, for clientAuth).";
        }
        if (chainMentions(failure, "Unsupported or unrecognized SSL message")) {
            return "the Docker engine at " + address + " does not speak TLS" + why
                    + "Start it with --tlsverify, or, for an engine deliberately without TLS, unset DOCKER_TLS_VERIFY and"
                    + " dockerbox.certPath.";
        }
        return null;
    }

    private static String host(String address) {
        try {
            String host = java.net.URI.create(address).getHost();
            return host == null ? address : host;
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    private static boolean chainHas(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean chainMentions(Throwable failure, String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(lower)) {
                return true;
            }
        }
        return false;
    }
}
