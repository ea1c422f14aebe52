package dev.javelin.engine.sync;

/**
 * How far a client's step count may stray from where its strategy wants it before the clock is
 * nudged, and how far before the step count is simply reset. Measured in steps against the strategy's
 * target (server step plus one-way latency for extrapolation; server step minus the interpolation
 * delay for interpolation), so the band is centred on zero.
 *
 * @param maxLead  steps ahead of the target tolerated
 * @param maxLag   steps behind the target tolerated
 * @param resetAt  drift (either way) at which the step count is reset instead of nudged
 */
public record DriftThresholds(int maxLead, int maxLag, int resetAt) {

    /** Lance's extrapolation values on server sync: lead 2, lag 3, reset at 40. */
    public static final DriftThresholds EXTRAPOLATE = new DriftThresholds(2, 3, 40);

    /**
     * Interpolation: Lance allows 8 to 16 steps behind the server; Javelin's target already includes the
     * adaptive delay, so the band around it is that window's half-width either way, reset at 40.
     */
    public static final DriftThresholds INTERPOLATE = new DriftThresholds(4, 4, 40);

    /** Frame sync shows snapshots as they come; the client only keeps its step count near the server's. */
    public static final DriftThresholds FRAME_SYNC = new DriftThresholds(3, 3, 40);

    public DriftThresholds {
        if (maxLead < 0 || maxLag < 0 || resetAt <= Math.max(maxLead, maxLag)) {
            throw new IllegalArgumentException("drift thresholds need maxLead, maxLag >= 0 and resetAt above both,"
                    + " were " + maxLead + ", " + maxLag + ", " + resetAt);
        }
    }
}
