package io.dockerbox.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** The TCP probe must tell a real listener from Docker's proxy, which accepts and closes at once. */
class WaiterTcpTest {
    @Test
    void aListenerThatKeepsTheConnectionOpenIsReady() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try (Socket s = server.accept()) {
                    Thread.sleep(1000);
                } catch (Exception ignored) {
                    // the probe went away
                }
            });
            accept.start();
            assertTrue(Waiter.tcpReady("127.0.0.1", server.getLocalPort()));
            accept.join();
        }
    }

    @Test
    void aListenerThatClosesAtOnceIsNotReady() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try {
                    server.accept().close();
                } catch (Exception ignored) {
                    // closed
                }
            });
            accept.start();
            assertFalse(Waiter.tcpReady("127.0.0.1", server.getLocalPort()));
            accept.join();
        }
    }

    @Test
    void aClosedPortIsNotReady() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
        }
        assertFalse(Waiter.tcpReady("127.0.0.1", port));
    }
}
