package dev.javelin.engine.client;

import dev.javelin.engine.view.NetStats;

/**
 * Turns a client's running counters into the per-second figures of the net graph, over the last
 * second of steps (a ring of one sample per step). Threads: the client's simulation thread.
 */
final class NetStatsMeter {

    private final long[] times;
    private final long[] bytesIn;
    private final long[] bytesOut;
    private final long[] corrections;
    private int next;
    private int count;

    NetStatsMeter(int samples) {
        times = new long[samples];
        bytesIn = new long[samples];
        bytesOut = new long[samples];
        corrections = new long[samples];
    }

    /** Records the counters at {@code nowNanos} and returns the figures over the window. */
    NetStats sample(long nowNanos, long totalIn, long totalOut, long totalCorrections, float rttMs, int lastBytes,
                    float drift, String strategy) {
        int oldest = count < times.length ? 0 : next;
        times[next] = nowNanos;
        bytesIn[next] = totalIn;
        bytesOut[next] = totalOut;
        corrections[next] = totalCorrections;
        next = (next + 1) % times.length;
        count = Math.min(count + 1, times.length);
        double seconds = (nowNanos - times[oldest]) / 1e9;
        if (seconds <= 0) {
            return new NetStats(rttMs, 0, 0, lastBytes, 0, drift, strategy);
        }
        return new NetStats(rttMs, (float) ((totalIn - bytesIn[oldest]) * 8 / 1000.0 / seconds),
                (float) ((totalOut - bytesOut[oldest]) * 8 / 1000.0 / seconds), lastBytes,
                (float) ((totalCorrections - corrections[oldest]) / seconds), drift, strategy);
    }
}
