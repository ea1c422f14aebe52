package dev.javelin.sample.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.protocol.Protocol;
import dev.javelin.engine.server.ServerEngine;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.testgame.PredictionCensus;
import dev.javelin.engine.transport.TransportServer;
import dev.javelin.net.KryoNetTransport;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In the sample game a fired missile exists once on the client at every step: the client's prediction, then the
 * server's copy carrying the same prediction key over the real codec and KryoNet on 127.0.0.1, never both (before
 * the key crossed the wire, every missile was drawn twice until the prediction expired).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MissileOnceOverKryoNetTest {

    @ParameterizedTest
    @ValueSource(strings = {"extrapolate", "interpolate"})
    void aFiredMissileIsOneObjectOnTheClientAtEveryStep(String strategy) throws Exception {
        KryoNetTransport net = new KryoNetTransport(Protocol.registry());
        TransportServer endpoint = net.bind("127.0.0.1", 0, 0);
        try (ServerEngine server = ServerEngine.builder(() -> new SpaceGame(SpaceGame.config(3)), endpoint)
                .log(line -> { }).build()) {
            server.start();
            try (ClientEngine client = ClientEngine.builder(() -> new SpaceGame(SpaceGame.config(3)))
                    .sync(SyncSettings.of(strategy).withPredictLocal(true))
                    .server(new KryoNetTransport(Protocol.registry()), "127.0.0.1", endpoint.tcpPort(),
                            endpoint.udpPort()).name("ann").timeout(Duration.ofSeconds(10)).connect()) {
                PredictionCensus census = PredictionCensus.of(client, Missile.class);
                client.start();
                SpaceGame game = client.game(SpaceGame.class);
                await(() -> census.steps() > 0 && game.shipOf(client.playerId()) != null, "the ship arrives");
                int shots = 8;
                for (int i = 0; i < shots; i++) {
                    int stepsBefore = census.steps();
                    client.queueInput("fire", 0, 0);
                    await(() -> census.steps() >= stepsBefore + SpaceGame.FIRE_COOLDOWN_STEPS + 3,
                            "the client steps past the cooldown");
                }
                await(() -> census.predicted() > 0 && census.handedOver() >= census.predicted(),
                        "every predicted missile handed over to the server's copy");
                assertTrue(census.predicted() >= shots - 1, census.predicted() + " of " + shots + " shots predicted");
                assertEquals(1, census.mostAtOnce(), "one object per missile, worst at " + census.mostAt());
                assertNull(client.disconnectReason());
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 20 s: " + what);
            Thread.sleep(5);
        }
    }
}
