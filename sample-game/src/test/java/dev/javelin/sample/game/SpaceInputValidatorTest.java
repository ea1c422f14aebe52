package dev.javelin.sample.game;

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

/**
 * More inputs are not more speed: an honest client thrusts (or turns) once per step, a cheat ten times per step;
 * with the arena's validator at the server the cheat ends no faster (and turned no further) than the honest ship. Server and clients over
 * the in-memory transport on a manual clock.
 */
class SpaceInputValidatorTest {

    @Test
    void tenThrustsAStepFlyNoFasterThanOne() throws Exception {
        Ship[] ships = fly("up", 300, new float[2]);
        float honest = (float) Math.hypot(ships[0].velocity.x, ships[0].velocity.y);
        float cheat = (float) Math.hypot(ships[1].velocity.x, ships[1].velocity.y);
        // Below the ships' top speed (260), so a cap cannot hide the difference.
        assertTrue(honest > 50 && honest < SpaceGame.SHIP_MAX_SPEED * 0.8f, "the honest ship's speed: " + honest);
        // No faster (within rounding); slower is possible: the rate limit may refuse a step's one allowed thrust among
        // the cheat's ten, which costs the cheat, not anyone else.
        assertTrue(cheat <= honest * 1.05f, "cheat " + cheat + " vs honest " + honest);
    }

    @Test
    void tenTurnsAStepTurnNoFasterThanOne() throws Exception {
        float[] turned = new float[2];
        fly("left", 200, turned);
        assertTrue(turned[0] > 0.3f, "the honest ship turned: " + turned[0]);
        assertTrue(Math.abs(turned[1]) <= Math.abs(turned[0]) + 0.1f, "the cheat turned no further: " + turned[1]
                + " vs " + turned[0]);
    }

    /**
     * An honest client and a cheat each queue {@code action} every step from the start, once and ten times, for
     * {@code millis} of game time; returns their ships at the server, and puts how far each turned in
     * {@code turned} (radians, counter-clockwise).
     */
    private static Ship[] fly(String action, int millis, float[] turned) throws Exception {
        ManualClock clock = new ManualClock(1_000_000_000L);
        LocalTransport local = new LocalTransport(Protocol.registry(), clock, 64 * 1024);
        TransportServer endpoint = local.bind("local", 0, 0);
        SpaceGame serverGame = new SpaceGame(SpaceGame.config(1));
        try (ServerEngine server = ServerEngine.builder(serverGame, endpoint).config(ServerConfig.defaults())
                .validator(new SpaceInputValidator(serverGame)).clock(clock).log(l -> { }).build();
             ClientEngine honest = pilot(local, endpoint, clock, "honest", action, 1);
             ClientEngine cheat = pilot(local, endpoint, clock, "cheat", action, 10)) {
            for (int ms = 0; ms < 1_000 && (serverGame.shipOf(honest.playerId()) == null
                    || serverGame.shipOf(cheat.playerId()) == null); ms++) {
                clock.advanceMillis(1);
                server.loop().runDue();
                honest.loop().runDue();
                cheat.loop().runDue();
            }
            float[] start = {serverGame.shipOf(honest.playerId()).angle, serverGame.shipOf(cheat.playerId()).angle};
            for (int ms = 0; ms < millis; ms++) {
                clock.advanceMillis(1);
                server.loop().runDue();
                honest.loop().runDue();
                cheat.loop().runDue();
            }
            assertTrue(server.stats().inputsRejected() > 0, "the extra inputs were refused");
            Ship[] ships = {serverGame.shipOf(honest.playerId()), serverGame.shipOf(cheat.playerId())};
            for (int i = 0; i < 2; i++) {
                turned[i] = (float) Math.IEEEremainder(ships[i].angle - start[i], 2 * Math.PI);
            }
            return ships;
        }
    }

    /** A client that queues {@code action} {@code perStep} times every step. */
    private static ClientEngine pilot(LocalTransport local, TransportServer endpoint, ManualClock clock, String name,
                                      String action, int perStep) throws Exception {
        SpaceGame game = new SpaceGame(SpaceGame.config(1));
        ClientEngine c = ClientEngine.builder(game).sync(SyncSettings.of("extrapolate")).clock(clock)
                .server(local, "local", endpoint.tcpPort(), endpoint.udpPort()).name(name)
                .timeout(Duration.ofSeconds(1)).join();
        c.addStepListener((client, due) -> {
            for (int i = 0; i < perStep; i++) {
                client.queueInput(action, 0, 0);
            }
        });
        return c;
    }
}
