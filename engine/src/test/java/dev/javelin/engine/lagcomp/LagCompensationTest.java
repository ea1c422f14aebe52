package dev.javelin.engine.lagcomp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.world.Input;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The history and the rewound queries on a standalone {@link ShooterGame} (an authority), step by step. */
class LagCompensationTest {

    private static final float DY = ShooterGame.TARGET_Y - ShooterGame.GUN_Y;

    private static ShooterGame started(LagSettings settings) {
        ShooterGame g = new ShooterGame(settings);
        g.notifyServerStarted();
        return g;
    }

    private static ShooterGame.Target target(ShooterGame g) {
        return g.world().byClass(ShooterGame.Target.class).get(0);
    }

    /** A shot at x = {@code aimX} on the target's line, made while the client showed step {@code viewStep}. */
    private static Input shot(ShooterGame g, float aimX, double viewStep) {
        int step = g.world().stepCount() + 1;
        return new Input("fire", aimX - ShooterGame.GUN_X, DY, step, 1, Input.quantizeViewLag(step - viewStep));
    }

    @Test
    void aShotAtWhereTheTargetWasHitsWithinTheBoundAndMissesTheLiveWorld() {
        ShooterGame g = started(LagSettings.DEFAULT);
        float[] xs = new float[31];
        for (int i = 1; i <= 30; i++) {
            g.step(false);
            xs[i] = target(g).position.x;
        }
        CompensatedHit hit = new CompensatedHit();
        // 10 steps (167 ms) ago the target was 4.2 units left of where it is: more than its width.
        Input old = shot(g, xs[20], 20);
        assertTrue(g.lag.raycast(old, ShooterGame.GUN_X, ShooterGame.GUN_Y, old.x(), old.y(), 100, 0, hit));
        assertEquals(target(g).id(), hit.objectId);
        assertFalse(g.lag.raycastAt(g.lag.newestStep(), ShooterGame.GUN_X, ShooterGame.GUN_Y, old.x(), old.y(), 100,
                0, hit), "the live world has moved on");
        // Between two steps the box is interpolated.
        Input between = shot(g, (xs[20] + xs[21]) / 2, 20.5);
        assertEquals(20.5, g.lag.viewStep(between), 1e-9);
        assertTrue(g.lag.raycast(between, ShooterGame.GUN_X, ShooterGame.GUN_Y, between.x(), between.y(), 100, 0,
                hit));
        // The query left the live object where it was.
        assertEquals(xs[30], target(g).position.x);
    }

    @Test
    void aViewOlderThanTheBoundIsJudgedAtTheBound() {
        ShooterGame g = started(LagSettings.DEFAULT);
        float[] xs = new float[61];
        for (int i = 1; i <= 60; i++) {
            g.step(false);
            xs[i] = target(g).position.x;
        }
        CompensatedHit hit = new CompensatedHit();
        Input tooOld = shot(g, xs[5], 5);
        assertEquals(60 - 12, g.lag.viewStep(tooOld), 1e-9, "200 ms at 60 steps/s");
        assertFalse(g.lag.raycast(tooOld, ShooterGame.GUN_X, ShooterGame.GUN_Y, tooOld.x(), tooOld.y(), 100, 0, hit));
        Input atBound = shot(g, xs[48], 5);
        assertTrue(g.lag.raycast(atBound, ShooterGame.GUN_X, ShooterGame.GUN_Y, atBound.x(), atBound.y(), 100, 0,
                hit));
    }

    @Test
    void overlapFindsTheRewoundBoxAndSkipsTheIgnoredId() {
        ShooterGame g = started(LagSettings.DEFAULT);
        for (int i = 1; i <= 30; i++) {
            g.step(false);
        }
        int[] ids = new int[4];
        ShooterGame.Target t = target(g);
        Input now = shot(g, 0, 30);
        assertEquals(1, g.lag.overlap(now, t.position.x + 3.5f, ShooterGame.TARGET_Y, 4, 4, 0, ids));
        assertEquals(t.id(), ids[0]);
        assertEquals(0, g.lag.overlap(now, t.position.x + 3.5f, ShooterGame.TARGET_Y, 4, 4, t.id(), ids));
        Input earlier = shot(g, 0, 20);
        assertEquals(0, g.lag.overlap(earlier, t.position.x + 3.5f, ShooterGame.TARGET_Y, 4, 4, 0, ids),
                "10 steps ago it was 4 units further left");
    }

    @Test
    void anObjectRemovedIsStillHitWhereTheShooterSawIt() {
        ShooterGame g = started(LagSettings.DEFAULT);
        for (int i = 1; i <= 20; i++) {
            g.step(false);
        }
        ShooterGame.Target t = target(g);
        float x = t.position.x;
        g.removeObject(t.id());
        g.step(false);
        CompensatedHit hit = new CompensatedHit();
        Input seen = shot(g, x, 20);
        assertTrue(g.lag.raycast(seen, ShooterGame.GUN_X, ShooterGame.GUN_Y, seen.x(), seen.y(), 100, 0, hit));
        Input now = shot(g, x, 21);
        assertFalse(g.lag.raycast(now, ShooterGame.GUN_X, ShooterGame.GUN_Y, now.x(), now.y(), 100, 0, hit));
    }

    @Test
    void stepsAndQueriesAllocateNothing() {
        ShooterGame g = started(LagSettings.DEFAULT);
        for (int i = 1; i <= 120; i++) {
            g.step(false);
        }
        CompensatedHit hit = new CompensatedHit();
        Input in = shot(g, target(g).position.x, 110.25);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        boolean sink = false;
        for (int i = 0; i < 10_000; i++) {
            sink ^= g.lag.raycast(in, ShooterGame.GUN_X, ShooterGame.GUN_Y, in.x(), in.y(), 100, 0, hit);
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 10_000; i++) {
            sink ^= g.lag.raycast(in, ShooterGame.GUN_X, ShooterGame.GUN_Y, in.x(), in.y(), 100, 0, hit);
        }
        long after = threads.getThreadAllocatedBytes(id);
        assertTrue(after - before < 1_000, "10,000 queries allocated " + (after - before) + " bytes " + sink);
    }

    @Test
    void settingsRefuseABoundBeyondTheHistory() {
        assertThrows(IllegalArgumentException.class, () -> new LagSettings(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new LagSettings(-0.1, 1));
        assertEquals(2.0, LagSettings.DEFAULT.withBound(2).historySeconds());
    }
}
