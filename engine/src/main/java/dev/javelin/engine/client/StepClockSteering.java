package dev.javelin.engine.client;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.loop.StepLoop;
import dev.javelin.engine.sync.DriftCorrector;
import dev.javelin.engine.sync.SyncSettings;
import dev.javelin.engine.sync.SyncStrategy;

/**
 * Keeps the client's step count where its {@link SyncStrategy} wants it relative to the server's (as the
 * {@link ServerStepClock} estimates it): sets it on a welcome, then after each step nudges the step loop's clock
 * toward the target, or jumps to it when the drift is too large to nudge away (counted in
 * {@link ClientStats#stepResets()}). The thresholds are the settings' own, else the strategy's.
 *
 * <p>Threads: the client's simulation thread.
 */
final class StepClockSteering {

    private final GameEngine game;
    private final SyncStrategy strategy;
    private final ServerStepClock serverClock;
    private final StepLoop loop;
    private final ClientStats stats;
    private final DriftCorrector drift;

    StepClockSteering(GameEngine game, SyncSettings settings, SyncStrategy strategy, ServerStepClock serverClock,
                      StepLoop loop, ClientStats stats) {
        this.game = game;
        this.strategy = strategy;
        this.serverClock = serverClock;
        this.loop = loop;
        this.stats = stats;
        this.drift = new DriftCorrector(settings.drift() != null ? settings.drift() : strategy.driftThresholds(),
                game.config().stepPeriodNanos(), 0.5);
    }

    /** Starts the world at the strategy's target for server step {@code serverStep}, heard at {@code now}. */
    void restart(int serverStep, long now) {
        serverClock.onSample(serverStep, now);
        int start = (int) Math.round(strategy.targetStep(serverClock.serverStepAt(now), 0));
        game.world().setStepCount(Math.max(0, start));
        loop.resetSchedule();
    }

    /** Checks the drift at {@code now} (clock nanoseconds) and nudges or resets the step count. */
    void correct(long now) {
        if (!serverClock.hasEstimate()) {
            return;
        }
        double target = strategy.targetStep(serverClock.serverStepAt(now), serverClock.oneWaySteps());
        switch (drift.check(game.world().stepCount(), target)) {
            case NUDGE -> loop.nudge(drift.nudgeNanos());
            case RESET -> {
                game.world().setStepCount(drift.resetStep());
                stats.stepResets++;
            }
            case NONE -> {
            }
        }
    }

    /** Client step minus the strategy's target at the last check, in steps. */
    double lastDrift() {
        return drift.lastDrift();
    }
}
