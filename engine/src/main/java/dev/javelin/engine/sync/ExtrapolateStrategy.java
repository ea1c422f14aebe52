package dev.javelin.engine.sync;

import dev.javelin.engine.world.GameObject;
import java.util.List;

/**
 * Prediction: the client runs ahead of the server by the one-way latency plus a small lead, applies
 * its inputs at once, and extrapolates every other object with the shared physics. When a snapshot for
 * step S arrives it rewinds the carried objects to S, re-applies its inputs from S to now, and bends
 * what is shown toward the corrected state (separate settings for local and remote objects); a
 * correction too large to bend is shown at once. Objects the client creates by prediction are matched
 * to the server's copy by {@link GameObject#predictionKey()}, and dropped if the server never confirms
 * them in time ({@link PredictionExpiry}).
 */
public final class ExtrapolateStrategy implements SyncStrategy {

    private final SyncSettings settings;
    private final Reconciler reconciler;
    private final PredictionExpiry expiry = new PredictionExpiry();

    public ExtrapolateStrategy(SyncSettings settings) {
        this.settings = settings;
        this.reconciler = new Reconciler(settings);
    }

    @Override
    public String name() {
        return "extrapolate";
    }

    @Override
    public boolean predictsInputs() {
        return true;
    }

    @Override
    public void applyUpdates(List<WorldUpdate> oldestFirst, ClientContext ctx) {
        reconciler.reconcile(oldestFirst, ctx, o -> false);
    }

    @Override
    public void step(ClientContext ctx) {
        ctx.game().setPhysicsEnabled(true);
        ctx.game().step(false);
        reconciler.decayOffsets(ctx);
        expiry.expire(ctx);
    }

    @Override
    public double targetStep(double serverStep, double oneWayLatencySteps) {
        return serverStep + oneWayLatencySteps + settings.inputLeadSteps();
    }

    @Override
    public DriftThresholds driftThresholds() {
        return DriftThresholds.EXTRAPOLATE;
    }

    @Override
    public double shownStep(ClientContext ctx) {
        return ctx.game().world().stepCount();
    }
}
