package dev.javelin.engine.sync;

import java.util.List;

/**
 * The client's sync configuration: which strategy, by its config name, and its knobs. Defaults are
 * Lance's where Lance has them.
 *
 * @param strategy        {@code extrapolate}, {@code interpolate} or {@code frameSync}
 * @param local           bending of the local player's objects (extrapolation); default 0.1 over 10 steps
 * @param remote          bending of other objects; default 0.6 over 10 steps
 * @param maxReEnactSteps most steps re-run after a correction; default 60
 * @param inputLeadSteps  steps a predicting client runs ahead of server step + one-way latency, so its
 *                        inputs arrive before the server needs them; default 2
 * @param predictLocal    whether the interpolating client predicts its own player; default false
 */
public record SyncSettings(String strategy, BendingSettings local, BendingSettings remote, int maxReEnactSteps,
                           int inputLeadSteps, boolean predictLocal) {

    /** The strategy names a config may use. */
    public static final List<String> STRATEGIES = List.of("extrapolate", "interpolate", "frameSync");

    public SyncSettings {
        if (!STRATEGIES.contains(strategy)) {
            throw new IllegalArgumentException("sync strategy must be one of " + String.join(", ", STRATEGIES)
                    + "; was '" + strategy + "'");
        }
        if (local == null || remote == null) {
            throw new IllegalArgumentException("bending settings must not be null");
        }
        if (maxReEnactSteps < 1) {
            throw new IllegalArgumentException("maxReEnactSteps must be at least 1, was " + maxReEnactSteps);
        }
        if (inputLeadSteps < 0) {
            throw new IllegalArgumentException("inputLeadSteps must be >= 0, was " + inputLeadSteps);
        }
    }

    /** Defaults for the strategy named {@code strategy}. */
    public static SyncSettings of(String strategy) {
        return new SyncSettings(strategy, BendingSettings.LOCAL, BendingSettings.REMOTE, 60, 2, false);
    }

    /** The same settings with local prediction for interpolation on or off. */
    public SyncSettings withPredictLocal(boolean on) {
        return new SyncSettings(strategy, local, remote, maxReEnactSteps, inputLeadSteps, on);
    }

    /** A new strategy instance as configured. */
    public SyncStrategy create() {
        return switch (strategy) {
            case "extrapolate" -> new ExtrapolateStrategy(this);
            case "interpolate" -> new InterpolateStrategy(this);
            default -> new FrameSyncStrategy();
        };
    }
}
