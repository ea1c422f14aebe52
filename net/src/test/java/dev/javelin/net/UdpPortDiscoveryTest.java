package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.DisconnectReason;
import dev.javelin.engine.transport.TransportException;
import dev.javelin.engine.transport.TransportServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A client that knows only the server's TCP port learns the UDP port from the server itself. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UdpPortDiscoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void aClientGivenOnlyTheTcpPortJoinsAndPlaysOverUdp() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint).log(l -> { }).build()) {
            server.start();
            try (ClientEngine ann = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate"))
                    .clock(Clock.system()).server(net, "127.0.0.1", endpoint.tcpPort(), 0).name("ann").timeout(WAIT)
                    .connect()) {
                ann.start();
                long deadline = System.nanoTime() + WAIT.toNanos();
                // Snapshots travel on the unreliable channel: they arrive only if the learned UDP port is right.
                while (ann.stats().snapshotsIn() < 5 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertTrue(ann.stats().snapshotsIn() >= 5, "snapshots over UDP: " + ann.stats().snapshotsIn());
                assertEquals(1, endpoint.connectionCount(), "the probe's connection is gone");
            }
        }
    }

    @Test
    void aPortWithNothingBehindItIsUnreachableInOneLine() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        TransportException e = assertThrows(TransportException.class,
                () -> net.connect("127.0.0.1", free, 0, Duration.ofSeconds(2)));
        assertEquals(DisconnectReason.Cause.UNREACHABLE, e.reason().cause());
        assertTrue(!e.reason().detail().contains("\n"), e.reason().detail());
    }

    @Test
    void aServerWithOtherMessagesRefusesTheProbeWithTheReason() throws Exception {
        record Extra(int x) {
        }
        KryoNetTransport serverNet = new KryoNetTransport(Protocol.builder()
                .register(Protocol.FIRST_GAME_ID, Extra.class).build());
        try (TransportServer endpoint = serverNet.bind("127.0.0.1", 0, 0)) {
            KryoNetTransport net = new KryoNetTransport(Protocol.registry());
            TransportException e = assertThrows(TransportException.class,
                    () -> net.connect("127.0.0.1", endpoint.tcpPort(), 0, WAIT));
            assertEquals(DisconnectReason.Cause.VERSION_MISMATCH, e.reason().cause());
            assertTrue(e.reason().detail().contains("registries differ"), e.reason().detail());
        }
    }
}
