package dev.javelin.engine.sync;

import dev.javelin.engine.world.GameObject;
import java.util.HashMap;
import java.util.Map;

/**
 * The client's sync configuration: which strategy, by its name in the client's {@link StrategyRegistry}, and
 * its knobs. Defaults are Lance's where Lance has them. Immutable; any thread.
 *
 * @param strategy        the strategy's name: {@code extrapolate}, {@code interpolate}, {@code frameSync} or one
 *                        a game registered ({@link StrategyRegistry#with})
 * @param local           bending of the local player's objects; default 0.1 over 10 steps
 * @param remote          bending of other objects; default 0.6 over 10 steps
 * @param maxReEnactSteps most steps re-run after a correction; default 60
 * @param inputLeadSteps  steps a predicting client runs ahead of server step + one-way latency, so its
 *                        inputs arrive before the server needs them; default 2
 * @param predictLocal    whether the interpolating client predicts its own player; default false
 * @param bendingByClass  bending for objects of a class (and its subclasses), over {@code local} and
 *                        {@code remote} (Lance's per-object {@code bending}); default none, never null
 * @param drift           the drift band, or null for the strategy's own ({@link SyncStrategy#driftThresholds()}:
 *                        extrapolate lead 2 / lag 3 / reset 40 steps, interpolate 4 / 4 / 40, frame sync 3 / 3 / 40)
 * @param delayBounds     bounds of the adaptive interpolation delay; default {@link DelayBounds#DEFAULT} (2 to 3.5
 *                        snapshot intervals)
 */
public record SyncSettings(String strategy, BendingSettings local, BendingSettings remote, int maxReEnactSteps,
                           int inputLeadSteps, boolean predictLocal,
                           Map<Class<? extends GameObject>, BendingSettings> bendingByClass, DriftThresholds drift,
                           DelayBounds delayBounds) {

    public SyncSettings {
        if (strategy == null || strategy.isBlank()) {
            throw new IllegalArgumentException("sync strategy name must not be blank");
        }
        if (local == null || remote == null || bendingByClass == null || delayBounds == null) {
            throw new IllegalArgumentException("bending settings, the per-class bending map and delay bounds must "
                    + "not be null");
        }
        if (maxReEnactSteps < 1) {
            throw new IllegalArgumentException("maxReEnactSteps must be at least 1, was " + maxReEnactSteps);
        }
        if (inputLeadSteps < 0) {
            throw new IllegalArgumentException("inputLeadSteps must be >= 0, was " + inputLeadSteps);
        }
        bendingByClass = Map.copyOf(bendingByClass);
    }

    /** Defaults for the strategy named {@code strategy}. */
    public static SyncSettings of(String strategy) {
        return new SyncSettings(strategy, BendingSettings.LOCAL, BendingSettings.REMOTE, 60, 2, false, Map.of(),
                null, DelayBounds.DEFAULT);
    }

    /** The same settings with local prediction for interpolation on or off. */
    public SyncSettings withPredictLocal(boolean on) {
        return new SyncSettings(strategy, local, remote, maxReEnactSteps, inputLeadSteps, on, bendingByClass, drift,
                delayBounds);
    }

    /** The same settings with objects of {@code type} (and its subclasses) bent by {@code bending}. */
    public SyncSettings withBending(Class<? extends GameObject> type, BendingSettings bending) {
        if (type == null || bending == null) {
            throw new IllegalArgumentException("type and bending must not be null");
        }
        Map<Class<? extends GameObject>, BendingSettings> m = new HashMap<>(bendingByClass);
        m.put(type, bending);
        return new SyncSettings(strategy, local, remote, maxReEnactSteps, inputLeadSteps, predictLocal, m, drift,
                delayBounds);
    }

    /** The same settings with drift band {@code thresholds} instead of the strategy's own. */
    public SyncSettings withDrift(DriftThresholds thresholds) {
        return new SyncSettings(strategy, local, remote, maxReEnactSteps, inputLeadSteps, predictLocal,
                bendingByClass, thresholds, delayBounds);
    }

    /** The same settings with interpolation delay bounds {@code bounds}. */
    public SyncSettings withDelayBounds(DelayBounds bounds) {
        return new SyncSettings(strategy, local, remote, maxReEnactSteps, inputLeadSteps, predictLocal,
                bendingByClass, drift, bounds);
    }

    /**
     * The bending for {@code object}: its class's (or nearest superclass's) from {@link #bendingByClass}, else
     * {@code local} for the local player's objects and {@code remote} for the rest.
     */
    public BendingSettings bendingFor(GameObject object, boolean isLocal) {
        if (!bendingByClass.isEmpty()) {
            for (Class<?> c = object.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                BendingSettings b = bendingByClass.get(c);
                if (b != null) {
                    return b;
                }
            }
        }
        return isLocal ? local : remote;
    }

    /** A new strategy instance as configured, from the built-in strategies. */
    public SyncStrategy create() {
        return StrategyRegistry.builtIn().create(this);
    }
}
