package dev.javelin.engine.sync;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.world.Input;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The prediction half of extrapolation: on a server state for step S while the client is at step C,
 * rewind the objects the server carried to S, re-run steps S+1..C re-applying the local player's inputs
 * (only the objects that take part are stepped; the others stay where they are, at C), then bend what
 * is shown toward the corrected state.
 *
 * <p>Threads: the client's simulation thread.
 */
final class Reconciler {

    private final SyncSettings settings;
    private final int maxReEnactSteps;
    private final Map<BendingSettings, float[]> keepPerStep = new HashMap<>();
    private final Map<Integer, GameObject> shownBefore = new HashMap<>();
    private final Set<Integer> carried = new HashSet<>();
    private final List<GameObject> detached = new ArrayList<>();
    private final List<GameObject> conflicts = new ArrayList<>();

    Reconciler(SyncSettings settings) {
        this.settings = settings;
        this.maxReEnactSteps = settings.maxReEnactSteps();
    }

    /**
     * Applies {@code updates} (oldest first) and reconciles from the newest one's step.
     *
     * @param steppedDuringReplay which objects, besides the carried ones, are stepped while re-enacting
     *                            (none for extrapolation; the local player's for interpolation)
     */
    void reconcile(List<WorldUpdate> updates, ClientContext ctx, Predicate<GameObject> steppedDuringReplay) {
        GameEngine game = ctx.game();
        GameWorld world = game.world();
        int clientStep = world.stepCount();
        shownBefore.clear();
        carried.clear();
        for (WorldUpdate u : updates) {
            WorldPatch.apply(u, game, shownBefore);
            for (GameObject o : u.carried()) {
                carried.add(o.id());
            }
            ctx.stats().addUpdateApplied();
        }
        int serverStep = updates.get(updates.size() - 1).step();
        if (serverStep >= clientStep) {
            // The client is behind the server: take the server's state and its step as they are.
            world.setStepCount(serverStep);
            bend(ctx, true);
            return;
        }
        int steps = clientStep - serverStep;
        if (steps > maxReEnactSteps) {
            // Too far to re-enact within a step's budget; show the server state and let drift correction act.
            bend(ctx, true);
            return;
        }
        detached.clear();
        world.detach(o -> !carried.contains(o.id()) && !steppedDuringReplay.test(o), detached);
        world.setStepCount(serverStep);
        game.beginReplay();
        try {
            for (int s = serverStep + 1; s <= clientStep; s++) {
                for (Input input : ctx.inputs().forStep(s)) {
                    game.processInput(input, ctx.playerId(), false);
                }
                game.step(true);
            }
        } finally {
            game.endReplay();
            conflicts.clear();
            world.attach(detached, conflicts);
            world.setStepCount(clientStep);
        }
        ctx.stats().addReenactedSteps(steps);
        bend(ctx, false);
    }

    private void bend(ClientContext ctx, boolean snapAll) {
        GameWorld world = ctx.game().world();
        for (Map.Entry<Integer, GameObject> e : shownBefore.entrySet()) {
            GameObject now = world.get(e.getKey());
            if (now == null) {
                continue;
            }
            GameObject before = e.getValue();
            float distance = now.positionDistance(before);
            boolean isLocal = now.ownerId() == ctx.playerId() && ctx.playerId() != 0;
            BendingSettings b = settings.bendingFor(now, isLocal);
            boolean snap = snapAll || distance > b.maxDistance();
            if (snap) {
                now.clearVisualOffset();
            } else {
                now.setVisualOffset(before);
            }
            ctx.stats().recordCorrection(distance, isLocal, snap && distance > 0);
        }
    }

    /** Shrinks every object's visual offset by one step's worth of its bending. */
    void decayOffsets(ClientContext ctx) {
        int me = ctx.playerId();
        for (GameObject o : ctx.game().world().objects()) {
            float[] keep = keep(settings.bendingFor(o, me != 0 && o.ownerId() == me));
            o.scaleVisualOffset(keep[0], keep[1]);
        }
    }

    /** The per-step keep factors (position, angle) of {@code b}, computed once. */
    private float[] keep(BendingSettings b) {
        float[] k = keepPerStep.get(b);
        if (k == null) {
            k = new float[] {b.positionKeepPerStep(), b.angleKeepPerStep()};
            keepPerStep.put(b, k);
        }
        return k;
    }
}
