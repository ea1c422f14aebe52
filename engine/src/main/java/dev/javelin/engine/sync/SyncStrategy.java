package dev.javelin.engine.sync;

import java.util.List;

/**
 * Reconciles a client's world with the server's snapshots. All strategies share the inbound path: the
 * client engine decodes snapshots into {@link WorldUpdate}s and hands them over oldest first at the
 * start of a client step; a strategy only decides what to do with them.
 *
 * <p>Per client step the engine calls, in order: {@link #applyUpdates} (if any arrived), records and
 * (when {@link #predictsInputs()}) applies local inputs, {@link #step} (which advances the world one step
 * in the strategy's way), then the drift check against {@link #targetStep}.
 *
 * <p>Threads: the client's simulation thread only.
 */
public interface SyncStrategy {

    /** The strategy's config name: {@code extrapolate}, {@code interpolate} or {@code frameSync}. */
    String name();

    /** True if local inputs apply to the client's world at once (prediction). */
    boolean predictsInputs();

    /** Applies the updates that arrived since the last step, oldest first. */
    void applyUpdates(List<WorldUpdate> oldestFirst, ClientContext ctx);

    /** Advances the client's world by one step. */
    void step(ClientContext ctx);

    /**
     * The step count the client should be at, given the server's estimated step and the one-way latency
     * (both in fractional steps).
     */
    double targetStep(double serverStep, double oneWayLatencySteps);

    /** The drift band for this strategy. */
    DriftThresholds driftThresholds();

    /**
     * The server step whose state is being shown, for error measurement: the client's step for
     * prediction, the interpolation time for interpolation, the last snapshot's step for frame sync.
     */
    double shownStep(ClientContext ctx);
}
