package dev.javelin.engine.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.util.GameRandom;
import org.junit.jupiter.api.Test;

class InterpolationDelayTest {

    private static final long INTERVAL = 100_000_000L;

    private static double delayInIntervals(double jitterFraction, double loss) {
        InterpolationDelay d = new InterpolationDelay(INTERVAL);
        GameRandom r = new GameRandom(3);
        for (int seq = 0; seq < 2000; seq++) {
            if (seq > 0 && r.nextFloat() < loss) {
                continue;
            }
            long arrival = seq * INTERVAL + (long) (r.nextFloat(-1, 1) * jitterFraction * INTERVAL);
            d.onSnapshot(seq, arrival);
        }
        return (double) d.delayNanos() / INTERVAL;
    }

    @Test
    void aSteadyLinkPlaysTwoIntervalsBehind() {
        double delay = delayInIntervals(0, 0);
        assertTrue(delay >= 1.99 && delay <= 2.05, "delay " + delay);
    }

    @Test
    void jitterAndLossWidenTheDelayWithinItsCap() {
        double calm = delayInIntervals(0.02, 0);
        double jittery = delayInIntervals(0.3, 0);
        double lossy = delayInIntervals(0.02, 0.05);
        assertTrue(jittery > calm + 0.2, "jitter widens: " + calm + " -> " + jittery);
        assertTrue(lossy > calm + 0.2, "loss widens: " + calm + " -> " + lossy);
        assertTrue(delayInIntervals(0.9, 0.3) <= 3.5, "capped at 3.5 intervals");
    }
}
