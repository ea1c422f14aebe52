package dev.javelin.engine.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MotionGridTest {

    private static final float Q = 1f / 16;

    /** Position after {@code steps} steps at {@code v} from 0, starting at step {@code first}. */
    private static double travel(MotionGrid g, float v, int first, int steps) {
        double x = 0;
        for (int s = first; s < first + steps; s++) {
            x += g.displacement(0, v, s);
        }
        return x;
    }

    @Test
    void everySpeedOnTheVelocityGridAdvancesAtItsSpeedWithinOnePositionStep() {
        MotionGrid g = new MotionGrid(new float[] {Q, Q}, Q, 60);
        for (int k = 1; k <= 200; k++) {
            float v = k * Q;
            for (int first : new int[] {0, 7, 123_457, Integer.MAX_VALUE - 700}) {
                double x = travel(g, v, first, 600);
                assertEquals(v * 10.0, x, Q + 1e-9, "speed " + v + " from step " + first);
                x = travel(g, -v, first, 600);
                assertEquals(-v * 10.0, x, Q + 1e-9, "speed " + -v + " from step " + first);
            }
        }
    }

    @Test
    void displacementsAreWholePositionStepsEvenWithCoarsePositionsAndOddRates() {
        MotionGrid g = new MotionGrid(new float[] {0.5f, 0.1f}, 1f / 64, 50);
        for (int s = 0; s < 10_000; s++) {
            float d = g.displacement(0, 37f / 64, s);
            assertEquals(0, Math.IEEEremainder(d, 0.5f), 1e-6, "step " + s);
        }
        assertEquals(37.0 / 64 * 100, travel(g, 37f / 64, 3, 5000), 0.5 + 1e-9);
    }

    @Test
    void frictionTooSmallToRoundStillStopsAndTheSameDrawsHappenEverywhere() {
        MotionGrid g = new MotionGrid(new float[] {Q, Q}, Q, 60);
        float v = 1f;
        int stoppedAt = -1;
        for (int s = 1; s < 5000 && stoppedAt < 0; s++) {
            float next = g.slowVelocity(v, v * (1 - 0.01f), true, s, 8);
            assertEquals(next, g.slowVelocity(v, v * (1 - 0.01f), true, s, 8), "deterministic");
            assertTrue(next <= v && next >= 0, "friction only slows");
            v = next;
            if (v == 0f) {
                stoppedAt = s;
            }
        }
        assertTrue(stoppedAt > 0, "stopped");
        assertEquals(0.75f, g.slowVelocity(0.75f, 0.75f, false, 3, 1), "no friction, no change");
        assertEquals(0.5f, g.slowVelocity(1f, 0.5f, true, 3, 1), "large losses just round");
    }

    @Test
    void badGridsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MotionGrid(new float[] {Q}, 0f, 60));
        assertThrows(IllegalArgumentException.class, () -> new MotionGrid(new float[] {0f}, Q, 60));
        assertThrows(IllegalArgumentException.class, () -> new MotionGrid(new float[] {Q}, Q, 0));
    }
}
