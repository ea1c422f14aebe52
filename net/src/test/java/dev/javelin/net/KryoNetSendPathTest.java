package dev.javelin.net;

import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.DisconnectReason.Cause;
import dev.javelin.engine.transport.Recorder;
import dev.javelin.engine.transport.TestMessages;
import dev.javelin.engine.transport.TestMessages.Snapshot;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The send path the server runs for every client every step: no garbage, and a slow reader cannot hurt it. */
class KryoNetSendPathTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final KryoNetTransport transport = new KryoNetTransport(TestMessages.registry());
    private TransportServer server;
    private TransportClient client;
    private final Recorder serverEvents = new Recorder();

    @BeforeEach
    void connect() throws IOException {
        server = transport.bind("127.0.0.1", 0, 0);
        client = transport.connect("127.0.0.1", server.tcpPort(), server.udpPort(), WAIT);
        serverEvents.pollUntil(server::poll, r -> r.count("connected") == 1, WAIT, "connected");
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    /** Bytes the calling thread allocates while {@code sends} runs {@code n} times, after a warm-up. */
    private static long allocatedPerRun(int n, Runnable sends) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3 * n; i++) {
            sends.run();
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < n; i++) {
            sends.run();
        }
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void serverUnreliableSendsAllocateNothingPerMessage() {
        Snapshot snapshot = new Snapshot(42, new byte[1000]);
        int id = client.connectionId();
        long bytes = allocatedPerRun(10_000, () -> server.send(id, snapshot, Channel.UNRELIABLE));
        assertTrue(bytes < 10_000, "10,000 server datagram sends allocated " + bytes + " bytes");
    }

    @Test
    void clientUnreliableSendsAllocateNothingPerMessage() {
        Snapshot input = new Snapshot(7, new byte[40]);
        long bytes = allocatedPerRun(10_000, () -> client.send(input, Channel.UNRELIABLE));
        assertTrue(bytes < 10_000, "10,000 client datagram sends allocated " + bytes + " bytes");
    }

    @Test
    void serverReliableSendsAllocateNothingPerMessage() {
        Snapshot event = new Snapshot(1, new byte[100]);
        int id = client.connectionId();
        long bytes = allocatedPerRun(2_000, () -> server.send(id, event, Channel.RELIABLE));
        assertTrue(bytes < 10_000, "2,000 reliable sends allocated " + bytes + " bytes");
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedWhenItsSendBufferOverflows() {
        ((KryoNetClient) client).freezeForTest();
        Snapshot event = new Snapshot(1, new byte[8_000]);
        int sent = 0;
        while (server.send(client.connectionId(), event, Channel.RELIABLE)) {
            sent++;
            assertTrue(sent < 100_000, "the send buffer never overflowed");
        }
        serverEvents.pollUntil(server::poll, r -> r.count("disconnected") == 1, WAIT, "overflow disconnect");
        assertEquals(Cause.SEND_BUFFER_FULL, serverEvents.disconnectReason().cause());
        assertTrue(sent > 8, "the kernel buffers and the 64 KiB send buffer took " + sent + " messages first");
    }
}
