package io.dockerbox.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.util.List;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words for a TLS engine that refuses dockerbox, from the JDK's exceptions as docker-java wraps them. */
class TlsFailureTest {
    private static final String ENGINE = "tcp://127.0.0.1:38960";

    @TempDir
    Path dir;

    private static Throwable wrapped(Throwable cause) {
        return new RuntimeException(new IOException(cause.getMessage(), cause));
    }

    @Test
    void anEngineCertificateOfAnotherCaNamesTheCaFileAndTheFix() {
        SSLHandshakeException handshake = new SSLHandshakeException("PKIX path building failed");
        handshake.initCause(new CertPathBuilderException("unable to find valid certification path to requested target"));
        String message = TlsFailure.explain(ENGINE, "/certs/wrong", wrapped(handshake));
        assertTrue(message.startsWith("TLS handshake with the Docker engine at tcp://127.0.0.1:38960 failed: the engine's"
                + " certificate is not signed by the CA in /certs/wrong/ca.pem (CertPathBuilderException: unable to find"), message);
        assertTrue(message.contains("Point DOCKER_CERT_PATH or -Ddockerbox.certPath at the folder whose ca.pem"), message);
    }

    @Test
    void aRefusedClientCertificateIsNamedAlsoWhenTls13ShowsOnlyABrokenPipe() {
        for (Throwable failure : List.of(new SocketException("Broken pipe"), new SSLException("Received fatal alert: bad_certificate"),
                new SocketException("Connection reset"))) {
            String message = TlsFailure.explain(ENGINE, "/certs/stranger", wrapped(failure));
            assertTrue(message.contains("failed: the engine refused the client certificate /certs/stranger/cert.pem"), message);
            assertTrue(message.contains("Point DOCKER_CERT_PATH or -Ddockerbox.certPath at a folder whose cert.pem and key.pem"), message);
        }
    }

    @Test
    void aCertificateForAnotherHostSaysWhichHost() {
        String message = TlsFailure.explain(ENGINE, "/certs",
                wrapped(new SSLPeerUnverifiedException("Certificate for <127.0.0.1> doesn't match any of the subject alternative names: [other]")));
        assertTrue(message.contains("the engine's certificate is not made out to 127.0.0.1"), message);
    }

    @Test
    void anEngineWithoutTlsAndAnEngineThatWantsIt() {
        assertTrue(TlsFailure.explain(ENGINE, "/certs", wrapped(new SSLException("Unsupported or unrecognized SSL message")))
                .startsWith("the Docker engine at tcp://127.0.0.1:38960 does not speak TLS"));
        String wantsTls = TlsFailure.explain(ENGINE, null,
                new RuntimeException("Status 400: Client sent an HTTP request to an HTTPS server.\n"));
        assertTrue(wantsTls.contains("only speaks TLS, and dockerbox connected without (RuntimeException: Status 400: Client sent an"
                + " HTTP request to an HTTPS server.). Set DOCKER_TLS_VERIFY=1"), wantsTls);
    }

    @Test
    void certificatesThatAreNoPemSayWhatTheFilesMustBe() {
        String message = TlsFailure.unreadable(ENGINE, "/certs/garbage", new RuntimeException(new NullPointerException()));
        assertTrue(message.startsWith("the TLS client certificates in /certs/garbage for the Docker engine at tcp://127.0.0.1:38960"
                + " could not be read (NullPointerException). ca.pem and cert.pem must be PEM certificates"), message);
    }

    @Test
    void otherFailuresAreNotTlsProblems() {
        assertNull(TlsFailure.explain(ENGINE, "/certs", wrapped(new ConnectException("Connection refused"))));
        assertNull(TlsFailure.explain(ENGINE, null, wrapped(new SocketException("Broken pipe"))));
    }

    @Test
    void anIncompleteFolderSaysWhichFilesAreMissing() throws IOException {
        Files.writeString(dir.resolve("ca.pem"), "x");
        assertEquals(List.of("cert.pem", "key.pem"), TlsFailure.missingFiles(dir));
        String message = TlsFailure.incomplete(ENGINE, dir.toString(), TlsFailure.missingFiles(dir));
        assertTrue(message.contains(dir + " has no cert.pem, key.pem. Point DOCKER_CERT_PATH or -Ddockerbox.certPath at"), message);
        assertTrue(TlsFailure.incomplete(ENGINE, dir.resolve("none").toString(), TlsFailure.CERT_FILES).contains("none does not exist"));
    }
}
