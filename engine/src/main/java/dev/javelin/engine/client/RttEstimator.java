package dev.javelin.engine.client;

/**
 * Round-trip time from echoed timestamps: the client stamps its input messages, the server echoes the
 * newest stamp in each snapshot together with how long it held it. Smoothed like TCP's SRTT (1/8 gain),
 * with the variation kept for the net graph.
 *
 * <p>Threads: written on the client's simulation thread; readable from any thread.
 */
public final class RttEstimator {

    private volatile long smoothedNanos;
    private volatile long variationNanos;
    private long lastEcho;

    /** Records an echo of {@code sentNanos}, held {@code heldNanos} on the server, received at {@code nowNanos}. */
    public void onEcho(long sentNanos, long heldNanos, long nowNanos) {
        if (sentNanos == 0 || sentNanos == lastEcho) {
            return;
        }
        lastEcho = sentNanos;
        long sample = nowNanos - sentNanos - Math.max(0, heldNanos);
        if (sample < 0) {
            return;
        }
        if (smoothedNanos == 0) {
            smoothedNanos = sample;
            variationNanos = sample / 2;
        } else {
            variationNanos += (Math.abs(sample - smoothedNanos) - variationNanos) / 4;
            smoothedNanos += (sample - smoothedNanos) / 8;
        }
    }

    /** Smoothed round trip in nanoseconds; 0 before the first echo. */
    public long rttNanos() {
        return smoothedNanos;
    }

    /** Mean deviation of the round trip in nanoseconds. */
    public long variationNanos() {
        return variationNanos;
    }
}
