package dev.javelin.bench.transport;

/** Latencies in 1-microsecond buckets up to 2 s (larger ones share the last bucket). One writer thread. */
final class LatencyHistogram {

    private final int[] counts = new int[2_000_001];
    private long total;

    void record(long nanos) {
        long micros = Math.max(0, nanos / 1_000);
        counts[(int) Math.min(micros, counts.length - 1)]++;
        total++;
    }

    long total() {
        return total;
    }

    /** The latency in microseconds below which {@code fraction} of the samples fall; -1 if there are none. */
    long percentileMicros(double fraction) {
        if (total == 0) {
            return -1;
        }
        long rank = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return i;
            }
        }
        return counts.length - 1;
    }
}
