package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.MessageRegistry;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportClient;
import dev.javelin.engine.transport.TransportServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client that loses its server stops simulating and says "connection lost: reason"; with a reconnect grace
 * it comes back as the same player with its resume token, or says it gave up once the grace has passed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectionLossOverKryoNetTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    /** KryoNet, remembering every client connection it opened so the test can break one. */
    private static final class Recording implements Transport {
        final KryoNetTransport inner;
        final List<TransportClient> opened = new CopyOnWriteArrayList<>();

        Recording(KryoNetTransport inner) {
            this.inner = inner;
        }

        @Override
        public TransportServer bind(String host, int tcpPort, int udpPort) throws IOException {
            return inner.bind(host, tcpPort, udpPort);
        }

        @Override
        public TransportClient connect(String host, int tcpPort, int udpPort, Duration timeout) throws IOException {
            TransportClient c = inner.connect(host, tcpPort, udpPort, timeout);
            opened.add(c);
            return c;
        }

        @Override
        public MessageRegistry registry() {
            return inner.registry();
        }

        @Override
        public int maxReliableMessageBytes() {
            return inner.maxReliableMessageBytes();
        }
    }

    @Test
    void aBrokenConnectionResumesAsTheSamePlayer() throws Exception {
        Recording net = new Recording(new KryoNetTransport(Protocol.registry()));
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        List<String> log = new CopyOnWriteArrayList<>();
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint).log(l -> { })
                .config(ServerConfig.defaults().withReconnectGraceSeconds(10)).build()) {
            server.start();
            try (ClientEngine ann = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate"))
                    .clock(Clock.system()).server(net, "127.0.0.1", endpoint.tcpPort(), 0).name("ann").timeout(WAIT)
                    .reconnectFor(Duration.ofSeconds(10)).log(log::add).connect()) {
                ann.start();
                int id = ann.playerId();
                await(() -> ann.stats().snapshotsIn() > 3, "snapshots");
                ((KryoNetClient) net.opened.get(0)).killForTest();
                await(() -> net.opened.size() == 2 && ann.connectionStatus() == null && ann.isJoined(),
                        "ann reconnected: " + ann.connectionStatus() + " " + log);
                assertTrue(log.stream().anyMatch(l -> l.startsWith("connection lost: CONNECTION_LOST")), log.toString());
                assertEquals(id, ann.playerId(), "the same player");
                assertEquals(1, server.stats().playersJoined(), "resumed, not joined anew");
                long snapshots = ann.stats().snapshotsIn();
                await(() -> ann.stats().snapshotsIn() > snapshots + 3, "snapshots again");
                assertNull(ann.disconnectReason());
            }
        }
    }

    @Test
    void aHungServerIsReportedLostTheWorldStopsAndTheClientGivesUpAfterTheGrace() throws Exception {
        KryoNetOptions quick = KryoNetOptions.defaults().withLiveness(Duration.ofMillis(200), Duration.ofMillis(800),
                Duration.ofMillis(200));
        KryoNetTransport net = new KryoNetTransport(Protocol.registry(), quick);
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint).log(l -> { }).build()) {
            server.start();
            try (ClientEngine ann = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("extrapolate"))
                    .clock(Clock.system()).server(net, "127.0.0.1", endpoint.tcpPort(), 0).name("ann").timeout(WAIT)
                    .reconnectFor(Duration.ofMillis(1500)).log(l -> { }).connect()) {
                ann.start();
                await(() -> ann.stats().snapshotsIn() > 3, "snapshots");
                long frozeAt = System.nanoTime();
                server.loop().stop();
                ((KryoNetServer) endpoint).freezeForTest(); // a hung server process: no steps, no network
                await(() -> ann.connectionStatus() != null, "the loss noticed");
                long noticedMillis = (System.nanoTime() - frozeAt) / 1_000_000;
                assertTrue(noticedMillis < 800 + 1000, "noticed within the timeout: " + noticedMillis + " ms");
                assertTrue(ann.connectionStatus().startsWith("connection lost: TIMED_OUT"), ann.connectionStatus());
                await(() -> ann.connectionStatus().contains("gave up"), "gave up: " + ann.connectionStatus());
                int step = ann.game().world().stepCount();
                long steps = ann.loop().stepsRun();
                await(() -> ann.loop().stepsRun() > steps + 10, "the loop keeps turning");
                assertEquals(step, ann.game().world().stepCount(), "but the world is not stepped");
                assertTrue(!ann.isReconnecting());
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}
