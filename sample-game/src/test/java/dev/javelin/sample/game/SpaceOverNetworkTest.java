package dev.javelin.sample.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.LocalTransport;
import dev.javelin.engine.transport.TransportServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A server and two bot clients of the arena, 30 s of game time, fast-forwarded on a manual clock. */
class SpaceOverNetworkTest {

    @Test
    void twoBotsPlayThirtySecondsAndTheirWorldsAgreeWithTheServer() throws Exception {
        ManualClock clock = new ManualClock(1_000_000_000L);
        LocalTransport local = new LocalTransport(Protocol.registry(), clock, 64 * 1024);
        TransportServer endpoint = local.bind("local", 0, 0);
        SpaceGame serverGame = new SpaceGame(SpaceGame.config(1));
        int[] destroyed = {0};
        serverGame.events().objectDestroyed.subscribe(o -> destroyed[0] += o instanceof Asteroid ? 1 : 0);
        try (ServerEngine server = ServerEngine.builder(serverGame, endpoint).config(ServerConfig.defaults())
                .clock(clock).log(l -> { }).build()) {
            List<ClientEngine> bots = new ArrayList<>();
            boolean[] stopped = {false};
            for (int i = 0; i < 2; i++) {
                SpaceGame game = new SpaceGame(SpaceGame.config(1));
                ClientEngine bot = ClientEngine.builder(game).sync(SyncSettings.of(i == 0 ? "extrapolate" : "interpolate")).clock(clock)
                .server(local, "local", endpoint.tcpPort(), endpoint.udpPort())
                .name("bot" + i).timeout(Duration.ofSeconds(1)).join();
                BotBrain brain = new BotBrain(10 + i);
                bot.addStepListener((client, due) -> {
                    if (stopped[0]) {
                        return;
                    }
                    for (String a : brain.decide(game.shipOf(client.playerId()), game.world().objects(),
                            game.config().physics().bounds())) {
                        client.queueInput(a, 0, 0);
                    }
                });
                bots.add(bot);
            }
            for (int ms = 0; ms < 30_000; ms++) {
                clock.advanceMillis(1);
                server.loop().runDue();
                bots.forEach(b -> b.loop().runDue());
            }
            assertTrue(destroyed[0] > 3, "asteroids destroyed: " + destroyed[0]);
            // The bots stop; within a few snapshots each client shows exactly the server's objects and
            // scores. (While they play, a score that changed in the last snapshot interval, or within an
            // interpolating client's delay, is not yet on the client: compared at once, that is a race.)
            stopped[0] = true;
            ClientEngine first = bots.get(0);
            boolean agreed = false;
            for (int ms = 0; ms < 3000 && !agreed; ms++) {
                clock.advanceMillis(1);
                server.loop().runDue();
                bots.forEach(b -> b.loop().runDue());
                agreed = ids(serverGame.world().objects(), false).equals(ids(first.game().world().objects(), true))
                        && bots.stream().allMatch(b -> sameScore(serverGame, b));
            }
            int scores = 0;
            for (ClientEngine bot : bots) {
                Ship truth = serverGame.shipOf(bot.playerId());
                assertNotNull(truth);
                scores += truth.score;
                Ship seen = ((SpaceGame) bot.game()).shipOf(bot.playerId());
                assertEquals(truth.score, seen.score, "score agrees");
                assertEquals(truth.deaths, seen.deaths, "deaths agree");
                assertEquals(0, bot.stats().decodeErrors() + bot.stats().desyncs());
            }
            assertTrue(scores > 3, "scores: " + scores);
            assertTrue(agreed, "server " + ids(serverGame.world().objects(), false) + " client "
                    + ids(first.game().world().objects(), true));
        }
    }

    private static boolean sameScore(SpaceGame server, ClientEngine bot) {
        Ship truth = server.shipOf(bot.playerId());
        Ship seen = ((SpaceGame) bot.game()).shipOf(bot.playerId());
        return truth != null && seen != null && truth.score == seen.score && truth.deaths == seen.deaths;
    }

    private static Set<Integer> ids(List<GameObject> objects, boolean dropPredictions) {
        Set<Integer> ids = new TreeSet<>();
        for (GameObject o : objects) {
            if (!dropPredictions || !dev.javelin.engine.world.GameWorld.isClientId(o.id())) {
                ids.add(o.id());
            }
        }
        return ids;
    }
}
