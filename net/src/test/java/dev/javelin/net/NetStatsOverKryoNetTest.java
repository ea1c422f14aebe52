package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.engine.view.NetStats;
import dev.javelin.engine.view.RenderState;
import dev.javelin.engine.view.RenderStatePublisher;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the net graph reads after five seconds of play over real KryoNet sockets on 127.0.0.1, both
 * engines on their own step threads: live rates (the meter once froze at zero after its first second).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NetStatsOverKryoNetTest {

    @Test
    void theNetGraphShowsTrafficAfterFiveSecondsOfPlay() throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(new ArenaGame(), endpoint)
                .config(ServerConfig.defaults().withUpdateRate(3)).log(l -> { }).build()) {
            server.start();
            try (ClientEngine client = ClientEngine.builder(ArenaGame::new).sync(SyncSettings.of("interpolate"))
                    .clock(Clock.system()).server(net, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort())
                    .name("ann").timeout(Duration.ofSeconds(5)).connect()) {
                RenderStatePublisher published = new RenderStatePublisher(
                        client.game().config().stepPeriodNanos(), client.game().config().physics().bounds());
                client.publishTo(published);
                client.start();
                long start = System.nanoTime();
                long fiveSeconds = TimeUnit.SECONDS.toNanos(5);
                RenderState last = null;
                // Five seconds of play; the inputs keep the client's upstream busy as a player's keys would.
                while (System.nanoTime() - start < fiveSeconds) {
                    client.queueInput("move", 1, 0);
                    Thread.sleep(50);
                    last = published.get();
                }
                assertTrue(last != null, "states published");
                NetStats stats = last.netStats();
                assertTrue(client.stats().snapshotsIn() > 50, "snapshots " + client.stats().snapshotsIn());
                assertTrue(stats.snapshotKbpsIn() > 0.3f, "kbit/s in " + stats);
                assertTrue(stats.snapshotKbpsOut() > 0.3f, "kbit/s out " + stats);
                assertTrue(stats.rttMs() > 0f && stats.rttMs() < 1000f, "rtt " + stats);
                assertTrue(stats.interpolationDelayMs() > 0f, "interpolation shows the past: " + stats);
                assertTrue(stats.snapshotLossPercent() <= 50f, "loopback loses little: " + stats);
            }
        }
    }
}
