package dev.javelin.engine.view;

/**
 * The network figures a client shows in its net-graph overlay, as measured by the client engine at the
 * step a {@link RenderState} was published. Immutable.
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
 */
public record NetStats(float rttMs, float snapshotKbpsIn, float snapshotKbpsOut, int lastSnapshotBytes,
                       float correctionsPerSecond, float stepDrift, String strategy) {

    /** No network: every figure zero and the strategy "none". */
    public static final NetStats NONE = new NetStats(0f, 0f, 0f, 0, 0f, 0f, "none");

    public NetStats {
        if (strategy == null) {
            throw new IllegalArgumentException("net stats strategy must not be null (use \"none\")");
        }
        if (lastSnapshotBytes < 0) {
            throw new IllegalArgumentException("net stats lastSnapshotBytes must not be negative, was "
                    + lastSnapshotBytes);
        }
    }
}
