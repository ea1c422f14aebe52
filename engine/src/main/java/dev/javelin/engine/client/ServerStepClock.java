package dev.javelin.engine.client;

/**
 * The client's estimate of the server's step count now, from when server steps were seen arriving: a
 * snapshot for step S received at local time t says the server was at step S one one-way trip before
 * t. Of the recent samples, the least delayed one (the highest {@code S·period − t}) is the most
 * truthful, since delays only ever add; the estimate adds half the measured round trip back.
 *
 * <p>Threads: the client's simulation thread.
 */
public final class ServerStepClock {

    private static final int WINDOW = 32;

    private final long periodNanos;
    private final double[] offsets = new double[WINDOW];
    private int count;
    private int next;
    private double best = Double.NaN;
    private long oneWayNanos;

    public ServerStepClock(long periodNanos) {
        this.periodNanos = periodNanos;
    }

    /** Records that the server's step {@code serverStep} was seen at local time {@code localNanos}. */
    public void onSample(int serverStep, long localNanos) {
        offsets[next] = (double) serverStep * periodNanos - localNanos;
        next = (next + 1) % WINDOW;
        count = Math.min(count + 1, WINDOW);
        best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            best = Math.max(best, offsets[i]);
        }
    }

    /** Sets the one-way latency to add back (half the round trip), in nanoseconds. */
    public void setOneWayNanos(long oneWayNanos) {
        this.oneWayNanos = Math.max(0, oneWayNanos);
    }

    /** True once a sample was seen. */
    public boolean hasEstimate() {
        return count > 0;
    }

    /** The server's step count now (fractional), for local time {@code nowNanos}. */
    public double serverStepAt(long nowNanos) {
        if (count == 0) {
            return 0;
        }
        return (nowNanos + best + oneWayNanos) / periodNanos;
    }

    /** One-way latency in steps. */
    public double oneWaySteps() {
        return (double) oneWayNanos / periodNanos;
    }
}
