package dev.javelin.engine.sync;

import java.util.List;

/**
 * Shows every snapshot as it comes: objects jump from one server state to the next and the client
 * simulates nothing itself. The baseline the other strategies are measured against. Updates are
 * applied oldest first, so no destroy is skipped.
 */
public final class FrameSyncStrategy implements SyncStrategy {

    private int shownStep;

    @Override
    public String name() {
        return "frameSync";
    }

    @Override
    public boolean predictsInputs() {
        return false;
    }

    @Override
    public void applyUpdates(List<WorldUpdate> oldestFirst, ClientContext ctx) {
        for (WorldUpdate u : oldestFirst) {
            WorldPatch.apply(u, ctx.game(), null);
            ctx.stats().addUpdateApplied();
            shownStep = Math.max(shownStep, u.step());
        }
    }

    @Override
    public void step(ClientContext ctx) {
        ctx.game().setPhysicsEnabled(false);
        ctx.game().step(false);
    }

    @Override
    public double targetStep(double serverStep, double oneWayLatencySteps) {
        return serverStep;
    }

    @Override
    public DriftThresholds driftThresholds() {
        return DriftThresholds.FRAME_SYNC;
    }

    @Override
    public double shownStep(ClientContext ctx) {
        return shownStep;
    }
}
