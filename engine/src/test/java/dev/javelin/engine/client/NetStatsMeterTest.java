package dev.javelin.engine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NetStatsMeterTest {

    private static final long STEP = 20_000_000L;

    @Test
    void ratesReadTheLastSecondLongAfterTheRingHasFilled() {
        NetStatsMeter meter = new NetStatsMeter(102);
        // 600 bytes in and 120 out per step at 50 steps a second: 240 and 48 kbit/s; 2 corrections a second.
        for (int i = 0; i <= 5 * 50; i++) {
            meter.sample(i * STEP, i * 600L, i * 120L, i / 25, i / 3, i / 3);
        }
        assertEquals(240f, meter.kbpsIn(), 0.01f);
        assertEquals(48f, meter.kbpsOut(), 0.01f);
        assertEquals(2f, meter.correctionsPerSecond(), 0.05f);
        assertEquals(0f, meter.lossPercent());
    }

    @Test
    void theWindowIsTimeNotSamples() {
        NetStatsMeter meter = new NetStatsMeter(16);
        // 1,000 samples a second into a ring of 16, then one every half second: the rate is per second either way.
        long t = 0;
        long bytes = 0;
        for (int i = 0; i < 3000; i++) {
            t += 1_000_000L;
            bytes += 10;
            meter.sample(t, bytes, 0, 0, 0, 0);
        }
        assertEquals(80f, meter.kbpsIn(), 0.5f, "10 bytes a millisecond");
        meter.sample(t + 2_000_000_000L, bytes, 0, 0, 0, 0);
        meter.sample(t + 2_500_000_000L, bytes + 5000, 0, 0, 0, 0);
        assertEquals(16f, meter.kbpsIn(), 0.01f,
                "5,000 bytes since the newest sample at least a second old, which is 2.5 s back");
    }

    @Test
    void lossIsSnapshotsNumberedButNotArrived() {
        NetStatsMeter meter = new NetStatsMeter(102);
        long arrived = 0;
        // One snapshot numbered a step (50 a second), every fifth lost: 10 of the last 50 numbered.
        for (int i = 1; i <= 3 * 50; i++) {
            if (i % 5 != 0) {
                arrived++;
            }
            meter.sample(i * STEP, 0, 0, 0, arrived, i);
        }
        assertEquals(20f, meter.lossPercent(), 0.001f);
    }

    @Test
    void oneSampleGivesZeroRatherThanNaN() {
        NetStatsMeter meter = new NetStatsMeter(4);
        meter.sample(5, 100, 100, 1, 1, 1);
        assertEquals(0f, meter.kbpsIn());
        assertEquals(0f, meter.lossPercent());
    }
}
