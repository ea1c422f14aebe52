package dev.javelin.engine.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StepTimesTest {

    @Test
    void percentilesOfAnIntervalAreWithinThreePercent() {
        StepTimes times = new StepTimes();
        for (int i = 0; i < 1000; i++) {
            times.record(50_000_000L); // steps before the interval: 50 ms each
        }
        StepTimes.Window before = times.snapshot();
        for (int i = 0; i < 98; i++) {
            times.record(1_000_000L + i * 1_000L); // 1.000 .. 1.097 ms
        }
        times.record(7_300_000L);
        times.record(20_000_000L);
        StepTimes.Window interval = times.snapshot().minus(before);
        assertEquals(100, interval.count());
        assertEquals(1.05, interval.percentileMillis(0.50), 1.05 * 0.03);
        assertEquals(7.3, interval.percentileMillis(0.99), 7.3 * 0.03);
        assertEquals(20.0, interval.percentileMillis(1.0), 20.0 * 0.03);
        assertEquals(1100, times.snapshot().count());
    }

    @Test
    void shortAndEmptyAndHugeStepsAreHandled() {
        StepTimes times = new StepTimes();
        assertEquals(0, times.snapshot().percentileMillis(0.99));
        times.record(-5);
        times.record(3_000);
        times.record(Long.MAX_VALUE);
        StepTimes.Window w = times.snapshot();
        assertEquals(0.0, w.percentileMillis(0.1), 1e-9);
        assertEquals(0.003, w.percentileMillis(0.5), 1e-9);
        assertEquals(true, w.percentileMillis(1.0) > 1e6, "the last bucket holds everything longer");
        assertThrows(IllegalArgumentException.class, () -> w.percentileMillis(1.5));
    }

    @Test
    void everyBucketsMiddleLiesInsideItAndBucketsFollowEachOther() {
        int previous = -1;
        for (long micros = 0; micros < 5_000_000; micros = micros < 100 ? micros + 1 : micros * 21 / 20) {
            int b = StepTimes.bucket(micros);
            assertEquals(true, b >= previous, "buckets grow with the value");
            assertEquals(micros, StepTimes.middleMicros(b), Math.max(0.5, micros * 0.035));
            previous = b;
        }
    }
}
