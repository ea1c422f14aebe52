package dev.javelin.engine.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StepLoopTest {

    private static final long PERIOD = 16_666_667L;
    private final ManualClock clock = new ManualClock(1_000L);
    private final List<Long> due = new ArrayList<>();
    private final StepLoop loop = new StepLoop(clock, PERIOD, 5, due::add);

    @Test
    void stepsFallDueOnAFixedGridWithoutDrift() {
        for (int i = 0; i < 600; i++) {
            clock.advance(16_000_000L + (i % 3) * 700_000L);
            loop.runDue();
        }
        // 600 ticks of 16.7 ms on average is 10.0 s: the grid, not the ticks' rounding, decides.
        long elapsed = clock.nanoTime() - 1_000L;
        assertEquals(elapsed / PERIOD, loop.stepsRun());
        for (int i = 0; i < due.size(); i++) {
            assertEquals(1_000L + (i + 1) * PERIOD, due.get(i));
        }
    }

    @Test
    void nothingRunsBeforeTheFirstStepIsDue() {
        clock.advance(PERIOD - 1);
        assertEquals(0, loop.runDue());
        clock.advance(1);
        assertEquals(1, loop.runDue());
    }

    @Test
    void fallingFarBehindRunsAtMostTheCatchUpAndDropsTheRest() {
        clock.advance(PERIOD * 20);
        assertEquals(5, loop.runDue());
        assertEquals(15, loop.droppedSteps());
        clock.advance(PERIOD);
        assertEquals(1, loop.runDue());
    }

    @Test
    void nudgeShiftsLaterSteps() {
        clock.advance(PERIOD);
        loop.runDue();
        loop.nudge(PERIOD / 2);
        clock.advance(PERIOD);
        assertEquals(0, loop.runDue(), "slowed down by half a period");
        clock.advance(PERIOD / 2);
        assertEquals(1, loop.runDue());
    }

    @Test
    void threadModeRunsStepsAndStopsCleanly() throws InterruptedException {
        CountDownLatch ten = new CountDownLatch(10);
        StepLoop real = new StepLoop(Clock.system(), 1_000_000L, 5, t -> ten.countDown());
        real.start("test-step-loop");
        assertTrue(ten.await(5, TimeUnit.SECONDS));
        real.stop();
        assertFalse(real.isRunning());
        long after = real.stepsRun();
        assertTrue(after >= 10);
        assertEquals(0, Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("test-step-loop")).count());
    }
}
