package dev.javelin.engine.testgame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.client.ClientEngine;
import dev.javelin.engine.server.ServerConfig;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.transport.NetworkConditions;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client fires shots it predicts, over the real codec and a conditioned link (100 ms round trip, ±20 ms
 * jitter, 5 % loss each way), on a manual clock: every accepted shot hands over from the prediction to the
 * server's copy without a jump, and a shot the server refuses is dropped within one round trip and one
 * snapshot interval after its server copy should have arrived. At no step does the client hold two objects
 * for one shot.
 */
class PredictedShotsTest {
    static final boolean DEBUG = false;

    static final NetworkConditions LINK = NetworkConditions.NONE.withLatencyMillis(50).withJitterMillis(10)
            .withLoss(0.05);

    @ParameterizedTest
    @ValueSource(strings = {"extrapolate", "interpolate"})
    void predictedShotsHandOverOrExpire(String strategy) {
        try (Session s = new Session(ServerConfig.defaults(), b -> b.validator(new ArenaGame().validator()))) {
            ClientEngine c = s.join(SyncSettings.of(strategy).withPredictLocal(true), null, LINK, 42);
            ShotWatch watch = new ShotWatch(c);
            s.runUntil(() -> c.game(ArenaGame.class).avatarOf(c.playerId()) != null, 5_000, "avatar arrives");
            s.run(1_000);
            int shots = 12;
            for (int i = 0; i < shots; i++) {
                c.queueInput("shoot", i % 3 == 2 ? -1 : 1, 0);
                s.run(250);
            }
            s.run(1_000);
            watch.assertOneObjectPerShot();
            assertEquals(shots, watch.predicted(), "every shot predicted");
            assertEquals(8, watch.handedOver(), "accepted shots handed over to the server's copy");
            assertEquals(4, watch.expired(), "refused shots dropped");
            double rttSeconds = 0.1 + 0.02;
            double intervalSeconds = ServerConfig.defaults().updateRate() / 60.0;
            double limitSteps = 2 * (rttSeconds + intervalSeconds) * 60 + 2;
            assertTrue(watch.longestRefusedLifeSteps() <= limitSteps, "a refused shot lived "
                    + watch.longestRefusedLifeSteps() + " steps, limit " + limitSteps);
            float perStep = ArenaGame.SHOT_SPEED / 60f;
            assertTrue(watch.largestHandOverJump() <= perStep + 0.05f, "hand-over moved the shown shot by "
                    + watch.largestHandOverJump() + ", one step's motion is " + perStep);
        }
    }

    /** Follows the client's shots by prediction key after every client step. */
    static final class ShotWatch {
        private final java.util.Map<Integer, Track> tracks = new java.util.TreeMap<>();
        private int worstCount;
        private String worstAt = "";

        private record Track(int key, int firstStep, int[] lastId, float[] lastShownX, int[] lastStep,
                             boolean[] handedOver, boolean[] gone, float[] jump) {
        }

        ShotWatch(ClientEngine c) {
            c.addStepListener((client, due) -> observe(client.game().world()));
        }

        private void observe(GameWorld world) {
            java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (GameObject o : world.objects()) {
                if (!(o instanceof ArenaGame.Shot) || o.predictionKey() == 0) {
                    continue;
                }
                int key = o.predictionKey();
                int n = counts.merge(key, 1, Integer::sum);
                if (n > worstCount) {
                    worstCount = n;
                    worstAt = "shot " + key + " at step " + world.stepCount();
                }
                seen.add(key);
                float shownX = ((ArenaGame.Shot) o.displayCopy()).position.x;
                Track t = tracks.computeIfAbsent(key, k -> new Track(k, world.stepCount(), new int[] {o.id()},
                        new float[] {shownX}, new int[] {world.stepCount()}, new boolean[1], new boolean[1],
                        new float[1]));
                if (t.lastId()[0] != o.id()) {
                    if (GameWorld.isClientId(t.lastId()[0]) && !GameWorld.isClientId(o.id())) {
                        t.handedOver()[0] = true;
                        t.jump()[0] = Math.max(t.jump()[0], Math.abs(shownX - t.lastShownX()[0]));
                        if (DEBUG) System.err.println("HANDOVER key=" + key + " step=" + world.stepCount() + " before=" + t.lastShownX()[0] + " after=" + shownX + " sim=" + ((ArenaGame.Shot) o).position.x + " lastStep=" + t.lastStep()[0]);
                    }
                    t.lastId()[0] = o.id();
                }
                t.lastShownX()[0] = shownX;
                t.lastStep()[0] = world.stepCount();
            }
            for (Track t : tracks.values()) {
                if (!seen.contains(t.key()) && !t.gone()[0]) {
                    t.gone()[0] = true;
                }
            }
        }

        void assertOneObjectPerShot() {
            assertTrue(worstCount <= 1, worstCount + " objects for " + worstAt);
        }

        int predicted() {
            return (int) tracks.values().stream().filter(t -> t.firstStep() > 0).count();
        }

        int handedOver() {
            return (int) tracks.values().stream().filter(t -> t.handedOver()[0]).count();
        }

        int expired() {
            return (int) tracks.values().stream().filter(t -> !t.handedOver()[0] && t.gone()[0]).count();
        }

        int longestRefusedLifeSteps() {
            return tracks.values().stream().filter(t -> !t.handedOver()[0])
                    .mapToInt(t -> t.lastStep()[0] - t.firstStep()).max().orElse(0);
        }

        float largestHandOverJump() {
            float worst = 0;
            for (Track t : tracks.values()) {
                worst = Math.max(worst, t.jump()[0]);
            }
            return worst;
        }
    }
}
