package dev.javelin.engine.transport;

import java.util.concurrent.TimeUnit;

/**
 * The network faults a {@link ConditionedTransport} adds to the messages one side receives.
 *
 * <p>Every message is delayed by {@code latencyNanos} plus a uniform draw from
 * {@code [-jitterNanos, +jitterNanos]} (never below zero). Unreliable messages are also dropped with
 * probability {@code loss}, delivered a second time (after an independent delay) with probability
 * {@code duplication}, and held back an extra {@code reorderHoldNanos} with probability {@code reorder}, so
 * that later ones overtake them (jitter reorders too). Reliable messages are only delayed, and never overtake
 * one another.
 *
 * @param latencyNanos     one-way delay added to every message, nanoseconds, at least 0
 * @param jitterNanos      half-width of the uniform spread around the latency, nanoseconds, at least 0
 * @param loss             probability an unreliable message is dropped, 0..1
 * @param duplication      probability an unreliable message arrives twice, 0..1
 * @param reorder          probability an unreliable message is held back, 0..1
 * @param reorderHoldNanos how long a held-back message waits extra, nanoseconds, at least 0
 */
public record NetworkConditions(long latencyNanos, long jitterNanos, double loss, double duplication,
                                double reorder, long reorderHoldNanos) {

    /** A perfect network: nothing added. */
    public static final NetworkConditions NONE = new NetworkConditions(0, 0, 0, 0, 0, 0);

    public NetworkConditions {
        if (latencyNanos < 0 || jitterNanos < 0 || reorderHoldNanos < 0) {
            throw new IllegalArgumentException("latency, jitter and reorder hold must be at least 0, were "
                    + latencyNanos + ", " + jitterNanos + ", " + reorderHoldNanos + " ns");
        }
        checkProbability("loss", loss);
        checkProbability("duplication", duplication);
        checkProbability("reorder", reorder);
    }

    /** These conditions with a one-way latency of {@code millis} milliseconds. */
    public NetworkConditions withLatencyMillis(long millis) {
        return new NetworkConditions(TimeUnit.MILLISECONDS.toNanos(millis), jitterNanos, loss, duplication, reorder,
                reorderHoldNanos);
    }

    /** These conditions with a jitter of ± {@code millis} milliseconds. */
    public NetworkConditions withJitterMillis(long millis) {
        return new NetworkConditions(latencyNanos, TimeUnit.MILLISECONDS.toNanos(millis), loss, duplication, reorder,
                reorderHoldNanos);
    }

    /** These conditions with loss probability {@code probability} (0..1) on the unreliable channel. */
    public NetworkConditions withLoss(double probability) {
        return new NetworkConditions(latencyNanos, jitterNanos, probability, duplication, reorder, reorderHoldNanos);
    }

    /** These conditions with duplication probability {@code probability} (0..1) on the unreliable channel. */
    public NetworkConditions withDuplication(double probability) {
        return new NetworkConditions(latencyNanos, jitterNanos, loss, probability, reorder, reorderHoldNanos);
    }

    /**
     * These conditions where an unreliable message is held back {@code holdMillis} milliseconds extra with
     * {@code probability} (0..1).
     */
    public NetworkConditions withReorder(double probability, long holdMillis) {
        return new NetworkConditions(latencyNanos, jitterNanos, loss, duplication, probability,
                TimeUnit.MILLISECONDS.toNanos(holdMillis));
    }

    private static void checkProbability(String name, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a probability in 0..1, was " + p);
        }
    }
}
