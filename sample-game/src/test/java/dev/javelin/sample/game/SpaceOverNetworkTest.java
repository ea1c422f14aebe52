package dev.javelin.sample.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.TransportServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SpaceOverNetworkTest {

    @Test
    void aClientSeesItsLiveShipAndTheAsteroids() throws Exception {
        ManualClock clock = new ManualClock(1_000_000_000L);
        LocalTransport local = new LocalTransport(Protocol.registry(), clock, 64 * 1024);
        TransportServer endpoint = local.bind("local", 0, 0);
        SpaceGame serverGame = new SpaceGame(SpaceGame.config(1));
        try (ServerEngine server = ServerEngine.builder(serverGame, endpoint).config(ServerConfig.defaults())
                .clock(clock).log(l -> { }).build()) {
            SpaceGame clientGame = new SpaceGame(SpaceGame.config(1));
            ClientEngine client = ClientEngine.join(clientGame, SyncSettings.of("extrapolate"), clock, local, "local",
                    endpoint.tcpPort(), endpoint.udpPort(), "ann", null, Duration.ofSeconds(1));
            for (int i = 0; i < 3000; i++) {
                clock.advanceMillis(1);
                server.loop().runDue();
                client.loop().runDue();
            }
            Ship truth = serverGame.shipOf(client.playerId());
            assertNotNull(truth);
            Ship mine = clientGame.shipOf(client.playerId());
            assertNotNull(mine, "client world: " + clientGame.world().objects());
            assertEquals(truth.alive, mine.alive);
            assertEquals("ann", mine.name);
            assertTrue(clientGame.world().byClass(Asteroid.class).size() > 3);
        }
    }
}
