package dev.javelin.sample.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.rigid.PhysicalObject2D;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.sample.physics.PushBodies.Crate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The local misprediction of a player pushing a stack of crates with the extrapolate strategy: for every
 * step, how far the client's prediction (its simulated state when it first reached that step) was from the
 * server's state at the same step, for its own pusher and for the crates it pushes. Prints one
 * {@code MISPREDICTION} line per case; without loss the prediction must be exact.
 */
class PushMispredictionTest {

    /** Positions of the pusher and every crate, by id, as (x, y) pairs. */
    private static Map<Integer, float[]> positions(PushGame game, int playerId) {
        Map<Integer, float[]> out = new HashMap<>();
        for (GameObject o : game.world().objects()) {
            if (o instanceof Crate || (o instanceof PhysicalObject2D p && p.ownerId() == playerId && playerId != 0)) {
                PhysicalObject2D p = (PhysicalObject2D) o;
                out.put(o.id(), new float[] {p.position.x, p.position.y});
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}, {1} ms one way, {2} loss")
    @CsvSource({"DYN4J, 50, 0, 0", "DYN4J, 50, 0.05, 0", "DYN4J, 50, 0.3, 30", "SIMPLE, 50, 0, 0",
            "SIMPLE, 50, 0.05, 0"})
    void predictionOfAPlayerPushingAStack(PushGame.Physics physics, int oneWayMillis, double loss, int jitterMillis) {
        double worst = measure(physics, oneWayMillis, loss, jitterMillis, false);
        if (loss == 0) {
            assertEquals(0.0, worst, "without loss the prediction is exact");
        }
    }

    /** The control: the server moves the pusher now and then, which no client can predict; the metric must see it. */
    @org.junit.jupiter.api.Test
    void aServerSideChangeNoClientCanPredictShowsAsMisprediction() {
        double worst = measure(PushGame.Physics.DYN4J, 50, 0, 0, true);
        assertTrue(worst > 0.25, "the 0.3-unit nudges show: " + worst);
    }

    /** Plays 30 s and prints the MISPREDICTION line; returns the largest error of the pusher or a crate. */
    private static double measure(PushGame.Physics physics, int oneWayMillis, double loss, int jitterMillis,
                                  boolean serverNudges) {
        try (PushSession s = new PushSession(physics)) {
            NetworkConditions net = NetworkConditions.NONE.withLatencyMillis(oneWayMillis).withLoss(loss)
                    .withJitterMillis(jitterMillis);
            Map<Integer, float[]> start = positions(s.serverGame, 0);
            ClientEngine c = s.join(SyncSettings.of("extrapolate"), net, 17);
            s.runUntil(() -> c.isJoined() && ((PushGame) c.game()).pusherOf(c.playerId()) != null, 5000, "own pusher");
            s.run(1000);
            int me = c.playerId();
            Map<Integer, Map<Integer, float[]>> truth = new HashMap<>();
            Map<Integer, Map<Integer, float[]>> predicted = new HashMap<>();
            // The server's state of step N, quantized, is what the next step starts from.
            s.serverGame.events().preStep.subscribe((step, re) -> truth.put(step - 1, positions(s.serverGame, me)));
            c.addStepListener((client, due) -> predicted.putIfAbsent(client.game().world().stepCount(),
                    positions((PushGame) client.game(), me)));
            PushBot bot = new PushBot(3);
            if (serverNudges) {
                s.serverGame.events().postStep.subscribe((step, re) -> {
                    if (step % 300 == 0) {
                        s.serverGame.pusherOf(me).position.x += 0.3f;
                    }
                });
            }
            for (int i = 0; i < 1800; i++) {
                float[] move = bot.decide(i);
                if (move != null) {
                    c.queueInput("move", move[0], move[1]);
                }
                s.run(17);
            }
            c.queueInput("move", 0, 0);
            s.run(1000);
            double pushed = 0;
            for (Map.Entry<Integer, float[]> e : positions(s.serverGame, 0).entrySet()) {
                float[] was = start.get(e.getKey());
                pushed = Math.max(pushed, Math.hypot(e.getValue()[0] - was[0], e.getValue()[1] - was[1]));
            }
            assertTrue(pushed > 1, "the player really moved crates: " + pushed);
            double[] own = new double[predicted.size()];
            int n = 0;
            double crateWorst = 0;
            double ownSum = 0;
            for (Map.Entry<Integer, Map<Integer, float[]>> e : predicted.entrySet()) {
                Map<Integer, float[]> server = truth.get(e.getKey());
                if (server == null) {
                    continue;
                }
                double ownError = 0;
                for (Map.Entry<Integer, float[]> body : e.getValue().entrySet()) {
                    float[] t = server.get(body.getKey());
                    if (t == null) {
                        continue;
                    }
                    double d = Math.hypot(body.getValue()[0] - t[0], body.getValue()[1] - t[1]);
                    GameObject o = s.serverGame.world().get(body.getKey());
                    if (o != null && o.ownerId() == me) {
                        ownError = d;
                    } else {
                        crateWorst = Math.max(crateWorst, d);
                    }
                }
                own[n++] = ownError;
                ownSum += ownError;
            }
            double[] sorted = Arrays.copyOf(own, n);
            Arrays.sort(sorted);
            double p99 = n == 0 ? 0 : sorted[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)];
            System.out.printf("MISPREDICTION physics=%s rtt=%dms jitter=%dms loss=%.0f%% steps=%d own: mean=%.4f p99=%.4f max=%.4f"
                            + " crates: max=%.4f corrections local=%d remote=%d snaps=%d%n",
                    physics.name().toLowerCase(), 2 * oneWayMillis, jitterMillis, loss * 100, n, ownSum / Math.max(1, n), p99,
                    n == 0 ? 0 : sorted[n - 1], crateWorst, c.syncStats().localCorrections(),
                    c.syncStats().remoteCorrections(), c.syncStats().snaps());
            assertTrue(n > 1500, "compared " + n + " steps");
            assertTrue(c.syncStats().reenactedSteps() > 1000, "it really re-enacted");
            if (loss == 0 && !serverNudges) {
                assertEquals(0, c.syncStats().localCorrections() + c.syncStats().remoteCorrections() + c.syncStats().snaps());
            }
            return Math.max(n == 0 ? 0 : sorted[n - 1], crateWorst);
        }
    }
}
