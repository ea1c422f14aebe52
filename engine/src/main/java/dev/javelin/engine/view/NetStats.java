package dev.javelin.engine.view;

/**
 * The network figures a client shows in its net-graph overlay, as measured by the client engine at the
 * step a {@link RenderState} was published. Rates are over the last second of the client's clock.
 * Immutable.
 *
 * @param rttMs                round-trip time to the server in milliseconds; 0 when unknown
 * @param snapshotKbpsIn       snapshot traffic received, in kilobits per second
 * @param snapshotKbpsOut      traffic sent (inputs and acks), in kilobits per second
 * @param lastSnapshotBytes    size of the last snapshot received, in bytes
 * @param correctionsPerSecond corrections (rewinds or bends) the sync strategy made per second
 * @param stepDrift            how many steps the client's step count is off from where it should be;
 *                             positive means ahead
 * @param strategy             the name of the sync strategy in use ("extrapolate", "interpolate",
 *                             "frameSync"), or "none"; never null
 * @param snapshotLossPercent  snapshots the server numbered but that never arrived, as a percentage of
 *                             those numbered, 0 to 100
 * @param jitterMs             how much the round trip varies (its mean deviation), in milliseconds
 * @param interpolationDelayMs how far the shown world is behind the client's estimate of the server's
 *                             present, in milliseconds; negative when the strategy shows a predicted
 *                             future (extrapolation)
 */
public record NetStats(float rttMs, float snapshotKbpsIn, float snapshotKbpsOut, int lastSnapshotBytes,
                       float correctionsPerSecond, float stepDrift, String strategy, float snapshotLossPercent,
                       float jitterMs, float interpolationDelayMs) {

    /** No network: every figure zero and the strategy "none". */
    public static final NetStats NONE = new NetStats(0f, 0f, 0f, 0, 0f, 0f, "none", 0f, 0f, 0f);

    public NetStats {
        if (strategy == null) {
            throw new IllegalArgumentException("net stats strategy must not be null (use \"none\")");
        }
        if (lastSnapshotBytes < 0) {
            throw new IllegalArgumentException("net stats lastSnapshotBytes must not be negative, was "
                    + lastSnapshotBytes);
        }
        if (!(snapshotLossPercent >= 0f && snapshotLossPercent <= 100f)) {
            throw new IllegalArgumentException("net stats snapshotLossPercent must be within 0..100, was "
                    + snapshotLossPercent);
        }
    }
}
