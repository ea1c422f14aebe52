package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.DynamicObject;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.ConditionedTransport;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.transport.Transport;
import dev.javelin.engine.transport.TransportServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server and client engines over real KryoNet sockets on 127.0.0.1, each on its own step thread. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EnginesOverKryoNetTest {

    private static void await(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + millis + " ms: " + what);
            }
            Thread.sleep(5);
        }
    }

    @Test
    void joinPlayAndLeaveOverLoopback() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        ArenaGame serverGame = new ArenaGame();
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(serverGame, endpoint)
                .config(ServerConfig.defaults().withUpdateRate(3).withReconnectGraceSeconds(0)).log(l -> { }).build()) {
            server.start();
            ClientEngine a = ClientEngine.connect(new ArenaGame(), SyncSettings.of("extrapolate"), Clock.system(), net,
                    "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort(), "ann", null, Duration.ofSeconds(5));
            ClientEngine b = ClientEngine.connect(new ArenaGame(), SyncSettings.of("interpolate"), Clock.system(), net,
                    "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort(), "bob", null, Duration.ofSeconds(5));
            a.start();
            b.start();
            try {
                await(() -> a.stats().snapshotsIn() > 5 && b.stats().snapshotsIn() > 5, 5000, "snapshots flowing");
                a.queueInput("move", 1, 0);
                await(() -> serverGame.applied().size() == 1, 5000, "input applied on the server");
                await(() -> a.unackedInputs() == 0, 5000, "input acknowledged");
                assertTrue(a.rttNanos() > 0 && a.rttNanos() < 1_000_000_000L, "rtt " + a.rttNanos());
                assertEquals(0, a.stats().decodeErrors() + a.stats().desyncs());
                assertEquals(0, b.stats().decodeErrors() + b.stats().desyncs());
            } finally {
                a.close();
            }
            await(() -> server.stats().playersLeft() == 1, 10_000, "a's leave seen by the server");
            b.close();
        }
        Set<String> threads = new HashSet<>();
        Thread.getAllStackTraces().keySet().forEach(t -> threads.add(t.getName()));
        assertTrue(!threads.contains("javelin-server") && !threads.contains("javelin-client"), "threads " + threads);
    }

    @Test
    void everyInputIsAppliedOnceThroughTenPercentLoss() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        ArenaGame serverGame = new ArenaGame();
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        NetworkConditions lossy = NetworkConditions.NONE.withLatencyMillis(20).withLoss(0.1);
        Transport conditioned = new ConditionedTransport(net, lossy, lossy, 9, Clock.system());
        try (ServerEngine server = ServerEngine.builder(serverGame, endpoint)
                .config(ServerConfig.defaults().withUpdateRate(3)).log(l -> { }).build()) {
            server.start();
            try (ClientEngine c = ClientEngine.connect(new ArenaGame(), SyncSettings.of("extrapolate"), Clock.system(),
                    conditioned, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort(), "cat", null,
                    Duration.ofSeconds(5))) {
                c.start();
                for (int i = 0; i < 60; i++) {
                    c.queueInput("move", i % 2, 1);
                    Thread.sleep(17);
                }
                await(() -> c.unackedInputs() == 0, 10_000, "all acknowledged");
                await(() -> serverGame.applied().size() >= 60, 5000, "all applied");
                Thread.sleep(200);
                assertEquals(60, serverGame.applied().size());
                DynamicObject avatar = serverGame.avatarOf(c.playerId());
                assertTrue(avatar != null);
            }
        }
    }
}
