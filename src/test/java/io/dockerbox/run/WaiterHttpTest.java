package io.dockerbox.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP probe: the status the wait asks for (any 2xx by default), redirects not followed. */
class WaiterHttpTest {
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", e -> { e.sendResponseHeaders(204, -1); e.close(); });
        server.createContext("/starting", e -> { e.sendResponseHeaders(503, 0); e.getResponseBody().write("wait".getBytes()); e.close(); });
        server.createContext("/moved", e -> { e.getResponseHeaders().add("Location", "/ok"); e.sendResponseHeaders(302, -1); e.close(); });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anyTwoHundredIsReadyByDefault() {
        assertTrue(Waiter.httpReady(base + "/ok", 0));
        assertFalse(Waiter.httpReady(base + "/starting", 0));
    }

    @Test
    void aGivenStatusMustMatchAndRedirectsAreNotFollowed() {
        assertTrue(Waiter.httpReady(base + "/starting", 503));
        assertTrue(Waiter.httpReady(base + "/moved", 302));
        assertFalse(Waiter.httpReady(base + "/moved", 0));
    }

    @Test
    void nothingListeningOrNoHttpUrlIsNotReady() {
        server.stop(0);
        assertFalse(Waiter.httpReady(base + "/ok", 0));
        assertFalse(Waiter.httpReady("ftp://127.0.0.1/x", 0));
        assertFalse(Waiter.httpReady("not a url", 0));
    }
}
