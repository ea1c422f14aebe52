package dev.javelin.engine.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.javelin.engine.loop.ManualClock;
import dev.javelin.engine.loop.StepLoop;
import org.junit.jupiter.api.Test;

class DriftCorrectorTest {

    private static final long PERIOD = 16_666_667L;

    @Test
    void withinTheBandNothingHappens() {
        DriftCorrector c = new DriftCorrector(DriftThresholds.EXTRAPOLATE, PERIOD, 0.5);
        assertEquals(DriftCorrector.Decision.NONE, c.check(102, 100));
        assertEquals(DriftCorrector.Decision.NONE, c.check(97, 100));
    }

    @Test
    void farOffResets() {
        DriftCorrector c = new DriftCorrector(DriftThresholds.EXTRAPOLATE, PERIOD, 0.5);
        assertEquals(DriftCorrector.Decision.RESET, c.check(10, 50.4));
        assertEquals(50, c.resetStep());
    }

    @Test
    void aheadSlowsDownBehindSpeedsUp() {
        DriftCorrector c = new DriftCorrector(DriftThresholds.EXTRAPOLATE, PERIOD, 0.5);
        assertEquals(DriftCorrector.Decision.NUDGE, c.check(110, 100));
        assertTrue(c.nudgeNanos() > 0);
        DriftCorrector d = new DriftCorrector(DriftThresholds.EXTRAPOLATE, PERIOD, 0.5);
        assertEquals(DriftCorrector.Decision.NUDGE, d.check(90, 100));
        assertTrue(d.nudgeNanos() < 0);
    }

    /** A client whose steps run on a StepLoop 30 steps behind a server that runs at the nominal rate. */
    @Test
    void aClientThirtyStepsOffIsBroughtBackIntoItsBand() {
        ManualClock clock = new ManualClock();
        DriftCorrector corrector = new DriftCorrector(DriftThresholds.EXTRAPOLATE, PERIOD, 0.5);
        int[] clientStep = {0};
        StepLoop[] loop = new StepLoop[1];
        loop[0] = new StepLoop(clock, PERIOD, 5, due -> {
            clientStep[0]++;
            double serverStep = 30 + (double) clock.nanoTime() / PERIOD;
            if (corrector.check(clientStep[0], serverStep) == DriftCorrector.Decision.NUDGE) {
                loop[0].nudge(corrector.nudgeNanos());
            }
        });
        int stepsToBand = -1;
        for (int tick = 1; tick <= 600; tick++) {
            clock.advanceMillis(4);
            loop[0].runDue();
            double drift = clientStep[0] - (30 + (double) clock.nanoTime() / PERIOD);
            if (stepsToBand < 0 && clientStep[0] > 0 && drift >= -DriftThresholds.EXTRAPOLATE.maxLag()) {
                stepsToBand = clientStep[0];
            }
        }
        assertTrue(stepsToBand > 0 && stepsToBand < 120, "back in band after " + stepsToBand + " steps");
        double finalDrift = clientStep[0] - (30 + (double) clock.nanoTime() / PERIOD);
        assertTrue(Math.abs(finalDrift) <= 1.0, "settles near the target, drift " + finalDrift);
    }
}
