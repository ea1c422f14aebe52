package dev.javelin.engine.client;

import dev.javelin.engine.sync.SyncStats;
import dev.javelin.engine.view.NetStats;

/**
 * Turns a client's running counters into the per-second figures of the net graph: rates over the last
 * {@link #WINDOW_NANOS} of the clock, however often it is sampled. Keeps a ring of samples; the base
 * of the rates is the newest sample at least a window old (or the oldest kept, early on or when
 * sampled faster than the ring holds a window of). Threads: the client's simulation thread.
 */
final class NetStatsMeter {

    /** The span the rates are measured over, in nanoseconds. */
    static final long WINDOW_NANOS = 1_000_000_000L;

    private final long[] times;
    private final long[] bytesIn;
    private final long[] bytesOut;
    private final long[] corrections;
    private final long[] snapshots;
    private final long[] numbered;
    private int newest = -1;
    private int oldest;
    private int count;
    private double seconds;

    /** A meter keeping up to {@code samples} samples (at least 2); size it to a window of samples or more. */
    NetStatsMeter(int samples) {
        int n = Math.max(2, samples);
        times = new long[n];
        bytesIn = new long[n];
        bytesOut = new long[n];
        corrections = new long[n];
        snapshots = new long[n];
        numbered = new long[n];
    }

    /**
     * Records the running totals at {@code nowNanos} (not earlier than the last sample's time).
     *
     * @param snapshotsArrived snapshot packets received
     * @param snapshotsNumbered the newest snapshot sequence seen (the server numbers each client's snapshots
     *                          1, 2, 3, ...), 0 before the first
     */
    void sample(long nowNanos, long totalIn, long totalOut, long totalCorrections, long snapshotsArrived,
                long snapshotsNumbered) {
        newest = (newest + 1) % times.length;
        if (count == times.length) {
            oldest = (oldest + 1) % times.length;
        } else {
            count++;
        }
        times[newest] = nowNanos;
        bytesIn[newest] = totalIn;
        bytesOut[newest] = totalOut;
        corrections[newest] = totalCorrections;
        snapshots[newest] = snapshotsArrived;
        numbered[newest] = snapshotsNumbered;
        // Drop the oldest while the next one is still at least a window old: the base stays a window back.
        while (count > 1) {
            int next = (oldest + 1) % times.length;
            if (next == newest || nowNanos - times[next] < WINDOW_NANOS) {
                break;
            }
            oldest = next;
            count--;
        }
        seconds = (nowNanos - times[oldest]) / 1e9;
    }

    /** Bytes received per second over the window, in kilobits per second; 0 before two samples. */
    /**
     * Records a sample of the client's counters at {@code nowNanos} and returns the net-graph figures: rates over the
     * last second, the rest as they are now.
     */
    NetStats report(long nowNanos, ClientStats stats, SnapshotIntake intake, SyncStats sync, RttEstimator rtt,
                    float drift, String strategy, float interpolationDelayMs) {
        sample(nowNanos, stats.snapshotBytesIn, stats.bytesOut,
                sync.localCorrections() + sync.remoteCorrections() + sync.snaps(), intake.snapshotPacketsIn(),
                intake.numberedSnapshots());
        return new NetStats(rtt.rttNanos() / 1e6f, kbpsIn(), kbpsOut(), intake.lastSnapshotBytes(),
                correctionsPerSecond(), drift, strategy, lossPercent(), rtt.variationNanos() / 1e6f,
                interpolationDelayMs);
    }

    float kbpsIn() {
        return rate(bytesIn) * 8 / 1000f;
    }

    /** Bytes sent per second over the window, in kilobits per second. */
    float kbpsOut() {
        return rate(bytesOut) * 8 / 1000f;
    }

    /** Corrections per second over the window. */
    float correctionsPerSecond() {
        return rate(corrections);
    }

    /** Snapshots numbered in the window that did not arrive, in percent (0 to 100). */
    float lossPercent() {
        if (count < 2) {
            return 0f;
        }
        long expected = numbered[newest] - numbered[oldest];
        long arrived = snapshots[newest] - snapshots[oldest];
        if (expected <= 0) {
            return 0f;
        }
        return (float) Math.max(0.0, Math.min(100.0, 100.0 * (expected - arrived) / expected));
    }

    private float rate(long[] totals) {
        if (count < 2 || seconds <= 0) {
            return 0f;
        }
        return (float) ((totals[newest] - totals[oldest]) / seconds);
    }
}
