package dev.javelin.engine.sync;

/**
 * How far behind the server an interpolating client should play, adapted to what it measures: the
 * snapshot interval, its jitter and the loss rate. The delay is two intervals (so one snapshot is
 * always in hand beyond the one being left), plus twice the jitter, plus up to one more interval as
 * loss grows; clamped to {@link DelayBounds} (by default [2, 3.5] intervals, the 2–3 interval target with
 * room for a lossy link). It moves gradually, so the client's step clock is nudged, not jerked.
 *
 * <p>Threads: the client's simulation thread.
 */
public final class InterpolationDelay {

    private static final double ALPHA = 0.1;

    private final double nominalIntervalNanos;
    private final DelayBounds bounds;
    private double intervalNanos;
    private double jitterNanos;
    private double lossRate;
    private long lastArrivalNanos = Long.MIN_VALUE;
    private int lastSequence = -1;
    private double delayNanos;

    /** @param nominalIntervalNanos the expected snapshot interval (updateRate × step period) */
    public InterpolationDelay(long nominalIntervalNanos) {
        this(nominalIntervalNanos, DelayBounds.DEFAULT);
    }

    /** A delay for snapshots every {@code nominalIntervalNanos}, kept within {@code bounds}. */
    public InterpolationDelay(long nominalIntervalNanos, DelayBounds bounds) {
        if (nominalIntervalNanos <= 0) {
            throw new IllegalArgumentException("nominal interval must be positive, was " + nominalIntervalNanos);
        }
        this.nominalIntervalNanos = nominalIntervalNanos;
        this.bounds = bounds;
        this.intervalNanos = nominalIntervalNanos;
        this.delayNanos = target();
    }

    /** Records a snapshot with {@code sequence} arriving at {@code arrivalNanos} (client clock). */
    public void onSnapshot(int sequence, long arrivalNanos) {
        if (lastSequence >= 0 && sequence <= lastSequence) {
            return;
        }
        if (lastSequence >= 0) {
            int gap = sequence - lastSequence;
            double lost = Math.min(gap - 1, 16);
            lossRate += ALPHA * (lost / (lost + 1) - lossRate);
            double perSnapshot = (double) (arrivalNanos - lastArrivalNanos) / gap;
            double deviation = Math.abs(perSnapshot - intervalNanos);
            intervalNanos += ALPHA * (perSnapshot - intervalNanos);
            jitterNanos += ALPHA * (deviation - jitterNanos);
            // Never trust a measured interval far from what the server announced: a burst is not a rate.
            intervalNanos = Math.max(nominalIntervalNanos * 0.5, Math.min(nominalIntervalNanos * 2, intervalNanos));
        }
        lastSequence = sequence;
        lastArrivalNanos = arrivalNanos;
        delayNanos += 0.05 * (target() - delayNanos);
    }

    private double target() {
        double intervals = 2.0 + 2 * jitterNanos / intervalNanos + Math.min(1.0, lossRate * 10);
        return Math.max(bounds.minIntervals(), Math.min(bounds.maxIntervals(), intervals)) * intervalNanos;
    }

    /** The delay to play behind the server, in nanoseconds. */
    public long delayNanos() {
        return Math.round(delayNanos);
    }

    /** Measured snapshot interval in nanoseconds. */
    public double intervalNanos() {
        return intervalNanos;
    }

    /** Measured interval jitter (mean absolute deviation) in nanoseconds. */
    public double jitterNanos() {
        return jitterNanos;
    }

    /** Measured fraction of snapshots lost, 0 to 1. */
    public double lossRate() {
        return lossRate;
    }
}
