package dev.javelin.engine.sync;

/**
 * Bounds of an interpolating client's adaptive delay behind the server, in snapshot intervals. The delay
 * is two intervals (one snapshot always in hand beyond the one being left), plus twice the measured jitter,
 * plus up to one more interval as loss grows, clamped to these bounds. Immutable.
 *
 * @param minIntervals the least delay, at least 1 (default 2)
 * @param maxIntervals the most delay, at least {@code minIntervals} (default 3.5)
 */
public record DelayBounds(double minIntervals, double maxIntervals) {

    /** 2 to 3.5 intervals: the 2–3 interval target with room for a lossy link. */
    public static final DelayBounds DEFAULT = new DelayBounds(2.0, 3.5);

    public DelayBounds {
        if (!(minIntervals >= 1) || !(maxIntervals >= minIntervals)) {
            throw new IllegalArgumentException("interpolation delay bounds need 1 <= minIntervals <= maxIntervals, "
                    + "were " + minIntervals + " and " + maxIntervals);
        }
    }
}
