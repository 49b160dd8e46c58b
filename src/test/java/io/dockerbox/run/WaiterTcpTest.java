package io.dockerbox.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The TCP probe must tell a real listener from Docker's proxy, which accepts and closes at once. */
class WaiterTcpTest {
    /**
     * The connection is held until the probe has answered, so how long the probe waits for a close
     * decides nothing: a short quiet time keeps the test fast.
     */
    @Test
    void aListenerThatKeepsTheConnectionOpenIsReady() throws Exception {
        CountDownLatch probed = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try (Socket s = server.accept()) {
                    probed.await();
                } catch (Exception ignored) {
                    // the probe went away
                }
            });
            accept.start();
            assertTrue(Waiter.tcpReady("127.0.0.1", server.getLocalPort(), Duration.ofMillis(50)));
            probed.countDown();
            accept.join();
        }
    }

    /**
     * The listener closes only after the probe's default quiet time, as a busy machine may delay a
     * thread; with a quiet time far longer than any such delay the answer is the close, not the clock.
     */
    @Test
    void aListenerThatClosesAtOnceIsNotReady() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread accept = new Thread(() -> {
                try (Socket s = server.accept()) {
                    Thread.sleep(Waiter.TCP_QUIET.toMillis() + 250);
                } catch (Exception ignored) {
                    // closed
                }
            });
            accept.start();
            assertFalse(Waiter.tcpReady("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(60)));
            accept.join();
        }
    }

    @Test
    void aClosedPortIsNotReady() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
        }
        assertFalse(Waiter.tcpReady("127.0.0.1", port, Waiter.TCP_QUIET));
    }
}
