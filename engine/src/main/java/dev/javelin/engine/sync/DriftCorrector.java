package dev.javelin.engine.sync;

/**
 * Keeps a client's step clock near its target. Outside the band of {@link DriftThresholds} it nudges
 * the step loop's schedule each step by a part of the drift (at most {@code maxNudgeFraction} of a
 * period, so the client runs at most that much faster or slower) until the drift is back within half a
 * step of the target; at {@code resetAt} or more it asks for a reset of the step count.
 *
 * <p>Lance skips or doubles whole steps; nudging the schedule instead keeps every step the same
 * {@code dt} and spreads the correction over many frames. Threads: the client's simulation thread.
 */
public final class DriftCorrector {

    /** What the client should do this step. */
    public enum Decision { NONE, NUDGE, RESET }

    private final DriftThresholds thresholds;
    private final long periodNanos;
    private final double maxNudgeFraction;
    private boolean correcting;
    private long nudgeNanos;
    private int resetStep;
    private double lastDrift;

    /**
     * @param thresholds       the band and the reset distance
     * @param periodNanos      the step period
     * @param maxNudgeFraction most of a period moved per step, in (0, 1]
     */
    public DriftCorrector(DriftThresholds thresholds, long periodNanos, double maxNudgeFraction) {
        if (!(maxNudgeFraction > 0 && maxNudgeFraction <= 1)) {
            throw new IllegalArgumentException("maxNudgeFraction must be in (0, 1], was " + maxNudgeFraction);
        }
        this.thresholds = thresholds;
        this.periodNanos = periodNanos;
        this.maxNudgeFraction = maxNudgeFraction;
    }

    /**
     * Compares the client's step with the target step (fractional) and decides.
     * After {@link Decision#NUDGE}, {@link #nudgeNanos()} says by how much to shift the schedule
     * (positive: delay, the client is ahead); after {@link Decision#RESET}, {@link #resetStep()} is the
     * step count to take.
     */
    public Decision check(int clientStep, double targetStep) {
        double drift = clientStep - targetStep;
        lastDrift = drift;
        if (Math.abs(drift) >= thresholds.resetAt()) {
            correcting = false;
            resetStep = (int) Math.round(targetStep);
            return Decision.RESET;
        }
        if (drift > thresholds.maxLead() || -drift > thresholds.maxLag()) {
            correcting = true;
        } else if (Math.abs(drift) <= 0.5) {
            correcting = false;
        }
        if (!correcting) {
            return Decision.NONE;
        }
        double steps = Math.max(-maxNudgeFraction, Math.min(maxNudgeFraction, drift * 0.1));
        nudgeNanos = Math.round(steps * periodNanos);
        return nudgeNanos == 0 ? Decision.NONE : Decision.NUDGE;
    }

    public long nudgeNanos() {
        return nudgeNanos;
    }

    public int resetStep() {
        return resetStep;
    }

    /** Client step minus target at the last check, in steps. */
    public double lastDrift() {
        return lastDrift;
    }

    public DriftThresholds thresholds() {
        return thresholds;
    }
}
