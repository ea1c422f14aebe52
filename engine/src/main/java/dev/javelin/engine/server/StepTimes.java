package dev.javelin.engine.server;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How long the server's steps took, as a histogram with about 3% resolution from 1 µs to 18 minutes. The
 * counts only ever grow; a reader takes two {@link #snapshot}s and {@link Window#minus subtracts} them to get
 * the steps of an interval, so any number of readers can keep their own intervals without resetting anything.
 *
 * <p>Threads: {@link #record} on the simulation thread only (one writer, no lock, no allocation);
 * {@link #snapshot} from any thread.
 */
public final class StepTimes {

    // Log-linear buckets of microseconds: exact below 16 µs, then 16 buckets per power of two.
    private static final int SUB_BITS = 4;
    private static final int SUB = 1 << SUB_BITS;
    private static final int MAX_EXPONENT = 30;
    private static final int BUCKETS = SUB + (MAX_EXPONENT - SUB_BITS + 1) * SUB;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    /**
     * Counts one step. Simulation thread.
     *
     * @param nanos how long it took, in wall-clock nanoseconds (negative counts as 0)
     */
    public void record(long nanos) {
        int b = bucket(Math.max(0, nanos) / 1000);
        // One writer: a plain read and an ordered write are enough for readers on other threads.
        counts.lazySet(b, counts.get(b) + 1);
    }

    /**
     * The counts so far. Any thread.
     *
     * @return a copy of the counts
     */
    public Window snapshot() {
        long[] copy = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            copy[i] = counts.get(i);
        }
        return new Window(copy);
    }

    static int bucket(long micros) {
        if (micros < SUB) {
            return (int) micros;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(micros);
        if (exponent > MAX_EXPONENT) {
            return BUCKETS - 1;
        }
        int sub = (int) (micros >>> (exponent - SUB_BITS)) & (SUB - 1);
        return SUB + (exponent - SUB_BITS) * SUB + sub;
    }

    /** The middle of bucket {@code b}, in microseconds. */
    static double middleMicros(int b) {
        if (b < SUB) {
            return b;
        }
        int exponent = (b - SUB) / SUB + SUB_BITS;
        int sub = (b - SUB) % SUB;
        long width = 1L << (exponent - SUB_BITS);
        long low = (1L << exponent) + sub * width;
        return low + (width - 1) / 2.0;
    }

    /** Step counts by duration, for all time or (after {@link #minus}) for an interval. Immutable. */
    public static final class Window {
        private final long[] counts;

        private Window(long[] counts) {
            this.counts = counts;
        }

        /**
         * The steps of an interval.
         *
         * @param earlier an earlier snapshot of the same histogram
         * @return the steps counted in this window but not in {@code earlier}
         */
        public Window minus(Window earlier) {
            long[] d = new long[counts.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = counts[i] - earlier.counts[i];
            }
            return new Window(d);
        }

        /**
         * Number of steps in the window.
         *
         * @return the count
         */
        public long count() {
            long n = 0;
            for (long c : counts) {
                n += c;
            }
            return n;
        }

        /**
         * The step duration at quantile {@code q} (0.5 for the median, 0.99 for p99) in milliseconds, within about
         * 3%; 0 for an empty window.
         *
         * @param q the quantile, from 0 to 1
         * @return the duration in milliseconds
         * @throws IllegalArgumentException if {@code q} is not within 0 to 1
         */
        public double percentileMillis(double q) {
            if (!(q >= 0 && q <= 1)) {
                throw new IllegalArgumentException("quantile must be from 0 to 1, was " + q);
            }
            long n = count();
            if (n == 0) {
                return 0;
            }
            long rank = Math.max(1, (long) Math.ceil(q * n));
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    return middleMicros(i) / 1000.0;
                }
            }
            return middleMicros(counts.length - 1) / 1000.0;
        }
    }
}
