package dev.javelin.engine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.view.NetStats;
import dev.javelin.engine.view.RenderStatePublisher;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The net-graph figures a client publishes, after seconds of play through the engines and the in-memory
 * transport on a manual clock: the rates keep reading the last second, long after the meter's history
 * has filled.
 */
class ClientNetStatsTest {

    @Test
    void ratesStayAboveZeroAfterFiveSecondsOfPlay() throws Exception {
        ManualClock clock = new ManualClock(1_000_000_000L);
        LocalTransport local = new LocalTransport(Protocol.registry(), clock, 64 * 1024);
        TransportServer endpoint = local.bind("local", 0, 0);
        ArenaGame serverGame = new ArenaGame();
        try (ServerEngine server = ServerEngine.builder(serverGame, endpoint)
                .config(ServerConfig.defaults().withUpdateRate(3)).clock(clock).log(l -> { }).build()) {
            ClientEngine client = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("interpolate")).clock(clock)
                    .server(local, "local", endpoint.tcpPort(), endpoint.udpPort()).name("ann")
                    .timeout(Duration.ofSeconds(1)).join();
            RenderStatePublisher published = new RenderStatePublisher(
                    client.game().config().stepPeriodNanos(), client.game().config().physics().bounds());
            client.publishTo(published);
            for (int ms = 0; ms < 5_000; ms++) {
                clock.advanceMillis(1);
                server.loop().runDue();
                client.loop().runDue();
                if (ms % 50 == 0) {
                    client.queueInput("move", 1, 0);
                }
            }
            NetStats stats = published.get().netStats();
            assertTrue(client.stats().snapshotsIn() > 90, "snapshots " + client.stats().snapshotsIn());
            // 20 snapshots a second of at least a few bytes each, and inputs or acks after every one.
            assertTrue(stats.snapshotKbpsIn() > 0.3f, "in " + stats);
            assertTrue(stats.snapshotKbpsOut() > 0.3f, "out " + stats);
            assertEquals(0f, stats.snapshotLossPercent(), "nothing is lost in memory: " + stats);
            assertTrue(stats.interpolationDelayMs() > 0f, "interpolation shows the past: " + stats);
        }
    }
}
