package dev.javelin.net;

/**
 * Round trips and clock offset from {@link Wire.ClockPing}/{@link Wire.ClockPong} pairs for one connection.
 *
 * <p>The round trip reported is smoothed (an exponential average with weight 1/8, as TCP's SRTT). The clock
 * offset is taken from the sample with the lowest round trip among the last {@link #WINDOW}: the lowest round
 * trip had the least queueing, so its midpoint is the best guess of when the peer read its clock. A pong is
 * accepted only if its origin is one of the last few pings this side sent, so a peer cannot forge round trips.
 *
 * <p>Thread-safe: samples arrive on network threads, readers are anywhere.
 */
final class PingStats {

    static final int WINDOW = 8;
    private static final long MAX_RTT_NANOS = 10_000_000_000L;

    private final long[] outstanding = new long[4];
    private int nextOutstanding;
    private final long[] windowRtt = new long[WINDOW];
    private final long[] windowOffset = new long[WINDOW];
    private int samples;
    private volatile long smoothedRttNanos;
    private volatile long offsetNanos;

    /** Remembers that a ping with {@code originNanos} was sent. */
    synchronized void sent(long originNanos) {
        outstanding[nextOutstanding] = originNanos;
        nextOutstanding = (nextOutstanding + 1) % outstanding.length;
    }

    /**
     * Takes a pong: the origin must match an outstanding ping. {@code responderNanos} is the peer's clock when it
     * answered, {@code nowNanos} this side's clock on arrival.
     *
     * @return true if the sample was used
     */
    synchronized boolean pong(long originNanos, long responderNanos, long nowNanos) {
        for (int i = 0; i < outstanding.length; i++) {
            if (outstanding[i] == originNanos && originNanos != 0) {
                outstanding[i] = 0;
                return sample(nowNanos - originNanos, responderNanos, nowNanos);
            }
        }
        return false;
    }

    /** Adds a sample measured some other way (the handshake's Hello/ConnectionAccepted round trip). */
    synchronized boolean sample(long rttNanos, long responderNanos, long nowNanos) {
        if (rttNanos < 0 || rttNanos > MAX_RTT_NANOS) {
            return false;
        }
        long offset = responderNanos + rttNanos / 2 - nowNanos;
        int slot = samples % WINDOW;
        windowRtt[slot] = rttNanos;
        windowOffset[slot] = offset;
        samples++;
        smoothedRttNanos = samples == 1 ? rttNanos : smoothedRttNanos + (rttNanos - smoothedRttNanos) / 8;
        int best = 0;
        for (int i = 1; i < Math.min(samples, WINDOW); i++) {
            if (windowRtt[i] < windowRtt[best]) {
                best = i;
            }
        }
        offsetNanos = windowOffset[best];
        return true;
    }

    /** Smoothed round trip in nanoseconds; 0 before the first sample. */
    long rttNanos() {
        return smoothedRttNanos;
    }

    /** The peer's clock minus this side's clock, in nanoseconds; 0 before the first sample. */
    long offsetNanos() {
        return offsetNanos;
    }

    /** Samples taken so far. */
    synchronized int samples() {
        return samples;
    }
}
