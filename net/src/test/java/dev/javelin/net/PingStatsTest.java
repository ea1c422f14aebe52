package dev.javelin.net;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PingStatsTest {

    @Test
    void theClockOffsetComesFromTheFastestRecentRoundTrip() {
        PingStats stats = new PingStats();
        // Peer clock is ours + 1_000_000. A slow sample skews the midpoint; the fast one does not.
        stats.sent(100);
        assertTrue(stats.pong(100, 1_000_000 + 100 + 900, 1_100)); // rtt 1000, answered late: offset skewed
        stats.sent(2_000);
        assertTrue(stats.pong(2_000, 1_000_000 + 2_000 + 10, 2_020)); // rtt 20, answered at the midpoint
        assertEquals(1_000_000, stats.offsetNanos());
        assertEquals(1000 + (20 - 1000) / 8, stats.rttNanos(), "smoothed with weight 1/8");
    }

    @Test
    void forgedAndDuplicatePongsAreIgnored() {
        PingStats stats = new PingStats();
        stats.sent(500);
        assertFalse(stats.pong(499, 0, 600), "an origin never sent");
        assertTrue(stats.pong(500, 0, 600));
        assertFalse(stats.pong(500, 0, 700), "the same pong twice");
        assertFalse(stats.sample(-5, 0, 0), "a negative round trip");
        assertEquals(1, stats.samples());
    }

    @Test
    void oldSamplesLeaveTheWindow() {
        PingStats stats = new PingStats();
        stats.sample(10, 5_000, 0); // fast sample, offset 5005
        for (int i = 1; i <= PingStats.WINDOW; i++) {
            stats.sample(100, 7_000, 0); // offset 7050
        }
        assertEquals(7_050, stats.offsetNanos(), "the fast sample aged out");
    }
}
