package dev.javelin.engine.testgame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.protocol.JoinRequest;
import dev.javelin.engine.server.InterestPolicy;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.Channel;
import dev.javelin.engine.transport.TransportClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerPoliciesTest {

    @Test
    void aRadiusFilterSendsOnlyWhatIsNearThePlayer() {
        InterestPolicy radius = InterestPolicy.radius(50, ArenaGame.arenaConfig().physics().bounds());
        try (Session s = new Session(ServerConfig.defaults().withUpdateRate(3), radius)) {
            ClientEngine c = s.join(SyncSettings.of("frameSync"), null, null, 1);
            s.runUntil(c::isJoined, 2000, "welcome");
            s.run(200);
            float ax = s.serverGame.avatarOf(1).position.x;
            assertTrue(ax < 50, "the avatar starts near the left edge: " + ax);
            int near = s.serverGame.addDrone(0, ax + 10, 50, 0, 0).id();
            int far = s.serverGame.addDrone(0, ax + 100, 150, 0, 0).id();
            // 40 units from the avatar the short way round (across x = 0), 160 the long way.
            int acrossTheSeam = s.serverGame.addDrone(0, ax - 40 + ArenaGame.SIZE, 50, 0, 0).id();
            s.run(1000);
            assertTrue(c.game().world().contains(near));
            assertTrue(c.game().world().contains(acrossTheSeam), "distance is measured the short way round");
            assertFalse(c.game().world().contains(far));
            ((ArenaGame.Drone) s.serverGame.world().get(far)).position.set(ax + 5, 52);
            s.run(1000);
            assertTrue(c.game().world().contains(far), "an object that comes near is sent");
        }
    }

    @Test
    void aPlayerThatGoesSilentIsDroppedAfterTheIdleTimeout() throws Exception {
        ServerConfig config = ServerConfig.defaults().withIdleTimeoutSeconds(2).withReconnectGraceSeconds(0);
        try (Session s = new Session(config)) {
            TransportClient silent = s.local.connect("127.0.0.1", s.server.transport().tcpPort(),
                    s.server.transport().udpPort(), Duration.ofSeconds(1));
            silent.send(new JoinRequest("quiet", null, 0), Channel.RELIABLE);
            s.run(500);
            assertEquals(1, s.server.stats().playersJoined());
            assertTrue(s.serverGame.avatarOf(1) != null);
            s.run(2000);
            assertEquals(1, s.server.stats().playersLeft());
            assertNull(s.serverGame.avatarOf(1), "its objects went with it");
            silent.close();
        }
    }

    @Test
    void aStandaloneClientPlaysWithNoServer() {
        ManualClock clock = new ManualClock();
        ArenaGame game = new ArenaGame();
        ClientEngine c = ClientEngine.builder(game).clock(clock).standalone();
        assertTrue(game.isAuthority());
        c.queueInput("move", 1, 0);
        for (int i = 0; i < 61; i++) {
            clock.advance(game.config().stepPeriodNanos());
            c.loop().runDue();
        }
        assertEquals(1, game.applied().size());
        assertEquals(20 + 10 + ArenaGame.SPEED, game.avatarOf(1).position.x, 0.6f);
    }
}
