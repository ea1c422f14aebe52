package dev.javelin.engine.server;

/**
 * Server settings. Build with {@link #defaults()} and the {@code with...} methods; each validates and
 * names the setting in its error.
 *
 * @param updateRate           steps between snapshots (Lance's default 6: 10 snapshots/s at 60 steps/s)
 * @param fullSyncRate         snapshots between forced full snapshots (Lance's default 20)
 * @param maxFutureSteps       how far ahead of the server an input may be stamped (default 120: 2 s)
 * @param inputQueueCapacity   most inputs waiting per player (default 128)
 * @param maxInputsPerSecond   inputs a player may send per second before the excess is dropped (default 600)
 * @param joinTimeoutSeconds   how long a connection may stay without joining (default 5)
 * @param idleTimeoutSeconds   how long a player may send nothing before it is dropped (default 30)
 * @param reconnectGraceSeconds how long a dropped player's objects wait for it to rejoin (default 10; 0 = none)
 * @param snapshotBudgetBytes  largest snapshot payload (default 1200)
 */
public record ServerConfig(int updateRate, int fullSyncRate, int maxFutureSteps, int inputQueueCapacity,
                           int maxInputsPerSecond, double joinTimeoutSeconds, double idleTimeoutSeconds,
                           double reconnectGraceSeconds, int snapshotBudgetBytes) {

    public ServerConfig {
        positive("updateRate", updateRate);
        positive("fullSyncRate", fullSyncRate);
        positive("maxFutureSteps", maxFutureSteps);
        positive("inputQueueCapacity", inputQueueCapacity);
        positive("maxInputsPerSecond", maxInputsPerSecond);
        if (!(joinTimeoutSeconds > 0) || !(idleTimeoutSeconds > 0) || !(reconnectGraceSeconds >= 0)) {
            throw new IllegalArgumentException("joinTimeoutSeconds and idleTimeoutSeconds must be positive and "
                    + "reconnectGraceSeconds >= 0, were " + joinTimeoutSeconds + ", " + idleTimeoutSeconds + ", "
                    + reconnectGraceSeconds);
        }
        if (snapshotBudgetBytes < 64 || snapshotBudgetBytes > 1200) {
            throw new IllegalArgumentException("snapshotBudgetBytes must be within 64..1200, was " + snapshotBudgetBytes);
        }
    }

    private static void positive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + v);
        }
    }

    /** The defaults listed on the record. */
    public static ServerConfig defaults() {
        return new ServerConfig(6, 20, 120, 128, 600, 5, 30, 10, 1200);
    }

    public ServerConfig withUpdateRate(int rate) {
        return new ServerConfig(rate, fullSyncRate, maxFutureSteps, inputQueueCapacity, maxInputsPerSecond,
                joinTimeoutSeconds, idleTimeoutSeconds, reconnectGraceSeconds, snapshotBudgetBytes);
    }

    public ServerConfig withFullSyncRate(int rate) {
        return new ServerConfig(updateRate, rate, maxFutureSteps, inputQueueCapacity, maxInputsPerSecond,
                joinTimeoutSeconds, idleTimeoutSeconds, reconnectGraceSeconds, snapshotBudgetBytes);
    }

    public ServerConfig withIdleTimeoutSeconds(double seconds) {
        return new ServerConfig(updateRate, fullSyncRate, maxFutureSteps, inputQueueCapacity, maxInputsPerSecond,
                joinTimeoutSeconds, seconds, reconnectGraceSeconds, snapshotBudgetBytes);
    }

    public ServerConfig withReconnectGraceSeconds(double seconds) {
        return new ServerConfig(updateRate, fullSyncRate, maxFutureSteps, inputQueueCapacity, maxInputsPerSecond,
                joinTimeoutSeconds, idleTimeoutSeconds, seconds, snapshotBudgetBytes);
    }

    public ServerConfig withJoinTimeoutSeconds(double seconds) {
        return new ServerConfig(updateRate, fullSyncRate, maxFutureSteps, inputQueueCapacity, maxInputsPerSecond,
                seconds, idleTimeoutSeconds, reconnectGraceSeconds, snapshotBudgetBytes);
    }

    public ServerConfig withMaxInputsPerSecond(int perSecond) {
        return new ServerConfig(updateRate, fullSyncRate, maxFutureSteps, inputQueueCapacity, perSecond,
                joinTimeoutSeconds, idleTimeoutSeconds, reconnectGraceSeconds, snapshotBudgetBytes);
    }
}
