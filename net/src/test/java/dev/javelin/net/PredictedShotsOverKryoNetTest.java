package dev.javelin.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.loop.Clock;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.ArenaGame;
import dev.javelin.engine.testgame.PredictionCensus;
import dev.javelin.engine.transport.ConditionedTransport;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.transport.TransportServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Predicted shots over real KryoNet sockets on 127.0.0.1, with the client's side of the link conditioned to
 * 50 ms ± 10 ms each way and 5 % loss: every shot the server accepts is handed over from the client's prediction
 * to the server's copy (the prediction key crosses the real codec), a refused one disappears, and at no step
 * does the client hold two objects for one shot. (PredictedShotsTest checks the timing bounds on a manual clock.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PredictedShotsOverKryoNetTest {

    private static final NetworkConditions LINK = NetworkConditions.NONE.withLatencyMillis(50).withJitterMillis(10)
            .withLoss(0.05);

    @ParameterizedTest
    @ValueSource(strings = {"extrapolate", "interpolate"})
    void eachShotIsOneObjectOnTheClientFromPredictionToServerCopy(String strategy) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(ArenaGame::new, endpoint)
                .validator(new ArenaGame().validator()).log(line -> { }).build()) {
            server.start();
            ConditionedTransport link = new ConditionedTransport(new KryoNetTransport(Protocol.registry()), LINK, 7,
                    Clock.system());
            try (ClientEngine client = ClientEngine.builder(ArenaGame::new)
                    .sync(SyncSettings.of(strategy).withPredictLocal(true))
                    .server(link, "127.0.0.1", endpoint.tcpPort(), endpoint.udpPort()).name("ann")
                    .timeout(Duration.ofSeconds(10)).connect()) {
                PredictionCensus census = PredictionCensus.of(client, ArenaGame.Shot.class);
                client.start();
                ArenaGame game = client.game(ArenaGame.class);
                await(() -> census.steps() > 0 && game.avatarOf(client.playerId()) != null, "the avatar arrives");
                int shots = 9;
                for (int i = 0; i < shots; i++) {
                    int stepsBefore = census.steps();
                    client.queueInput("shoot", i % 3 == 2 ? -1 : 1, 0);   // x < 0: the server's validator refuses it
                    await(() -> census.steps() >= stepsBefore + 15, "the client steps on");
                }
                // Accepted shots live 90 steps on the server; wait until every prediction was settled either way.
                await(() -> census.handedOver() == 6 && liveShots(game) == 0, "every shot handed over or gone: "
                        + census.handedOver() + " handed over, " + liveShots(game) + " still alive");
                assertEquals(shots, census.predicted(), "every shot predicted");
                assertEquals(1, census.mostAtOnce(), "one object per shot, worst at " + census.mostAt());
                assertNull(client.disconnectReason());
                assertEquals(0, client.stats().desyncs() + client.stats().decodeErrors());
            }
        }
    }

    private static int liveShots(ArenaGame game) {
        int n = 0;
        for (ArenaGame.Shot s : game.world().byClass(ArenaGame.Shot.class)) {
            n++;
        }
        return n;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 20 s: " + what);
            Thread.sleep(5);
        }
    }
}
