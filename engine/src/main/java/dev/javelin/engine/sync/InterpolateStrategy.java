package dev.javelin.engine.sync;

import dev.javelin.engine.GameEngine;
import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.physics.WorldBounds;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The client plays a little behind the server: it buffers snapshots and shows each object between the
 * two server states around its render time, {@code server step - delay}, where the delay adapts to the
 * measured snapshot interval, jitter and loss ({@link InterpolationDelay}). Remote objects are never
 * predicted, so they are never corrected. With {@code predictLocal} the player's own objects are
 * predicted and reconciled as in extrapolation while everything else is interpolated; objects it predicts
 * (a shot) hand over to the server's copy, or expire, as in extrapolation.
 *
 * <p>An object that wraps around the world edge between two snapshots is not swept across the world:
 * it switches sides at the half-way point.
 */
public final class InterpolateStrategy implements SyncStrategy {

    private record Sample(int step, GameObject state) {
    }

    private record PendingDestroy(int step, int id) {
    }

    private final SyncSettings settings;
    private final Reconciler reconciler;
    private final PredictionExpiry expiry = new PredictionExpiry();
    private final Map<Integer, ArrayDeque<Sample>> samples = new TreeMap<>();
    private final List<PendingDestroy> destroys = new ArrayList<>();
    private final List<GameObject> detached = new ArrayList<>();
    private final List<GameObject> conflicts = new ArrayList<>();
    private InterpolationDelay delay;
    private long periodNanos;
    private double renderStep;
    private int newestSampleStep = Integer.MIN_VALUE;

    public InterpolateStrategy(SyncSettings settings) {
        this.settings = settings;
        this.reconciler = new Reconciler(settings);
    }

    @Override
    public String name() {
        return "interpolate";
    }

    @Override
    public boolean predictsInputs() {
        return settings.predictLocal();
    }

    @Override
    public void applyUpdates(List<WorldUpdate> oldestFirst, ClientContext ctx) {
        InterpolationDelay d = delay(ctx);
        List<WorldUpdate> own = settings.predictLocal() ? new ArrayList<>() : null;
        GameWorld world = ctx.game().world();
        for (WorldUpdate u : oldestFirst) {
            d.onSnapshot(u.sequence(), ctx.nowNanos());
            newestSampleStep = Math.max(newestSampleStep, u.step());
            List<GameObject> ownCarried = new ArrayList<>();
            List<Integer> ownDestroyed = new ArrayList<>();
            for (GameObject state : u.carried()) {
                if (own != null && isOwn(state, ctx)) {
                    ownCarried.add(state);
                    continue;
                }
                ArrayDeque<Sample> q = samples.computeIfAbsent(state.id(), id -> new ArrayDeque<>());
                if (q.isEmpty() || q.peekLast().step() < u.step()) {
                    q.addLast(new Sample(u.step(), state));
                }
            }
            for (int id : u.destroyed()) {
                GameObject o = world.get(id);
                if (own != null && o != null && isOwn(o, ctx)) {
                    ownDestroyed.add(id);
                } else {
                    destroys.add(new PendingDestroy(u.step(), id));
                }
            }
            if (own != null && (!ownCarried.isEmpty() || !ownDestroyed.isEmpty())) {
                own.add(new WorldUpdate(u.sequence(), u.step(), ownCarried,
                        ownDestroyed.stream().mapToInt(Integer::intValue).toArray(), List.of()));
            }
            ctx.stats().addUpdateApplied();
        }
        if (own != null && !own.isEmpty()) {
            // Only what the server carried is rewound and re-run: every other object is already at the client step.
            reconciler.reconcile(own, ctx, o -> false);
        }
    }

    private static boolean isOwn(GameObject o, ClientContext ctx) {
        return ctx.playerId() != 0 && o.ownerId() == ctx.playerId();
    }

    private InterpolationDelay delay(ClientContext ctx) {
        if (delay == null) {
            delay = new InterpolationDelay(ctx.snapshotIntervalNanos(), settings.delayBounds());
            periodNanos = ctx.game().config().stepPeriodNanos();
        }
        return delay;
    }

    /** The current interpolation delay in steps. */
    public double delaySteps(ClientContext ctx) {
        return (double) delay(ctx).delayNanos() / ctx.game().config().stepPeriodNanos();
    }

    @Override
    public void step(ClientContext ctx) {
        GameEngine game = ctx.game();
        if (settings.predictLocal()) {
            detached.clear();
            game.world().detach(o -> !isOwn(o, ctx) && !GameWorld.isClientId(o.id()), detached);
            game.setPhysicsEnabled(true);
            try {
                game.step(false);
            } finally {
                conflicts.clear();
                game.world().attach(detached, conflicts);
            }
            reconciler.decayOffsets(ctx);
            expiry.expire(ctx);
        } else {
            game.setPhysicsEnabled(false);
            game.step(false);
        }
        renderStep = ctx.serverStepEstimate() - delaySteps(ctx);
        applyDueDestroys(game);
        place(game, ctx);
    }

    private void applyDueDestroys(GameEngine game) {
        Iterator<PendingDestroy> it = destroys.iterator();
        while (it.hasNext()) {
            PendingDestroy d = it.next();
            if (d.step() <= renderStep) {
                game.removeObject(d.id());
                samples.remove(d.id());
                it.remove();
            }
        }
    }

    private void place(GameEngine game, ClientContext ctx) {
        WorldBounds bounds = game.config().physics().bounds();
        for (Map.Entry<Integer, ArrayDeque<Sample>> e : samples.entrySet()) {
            ArrayDeque<Sample> q = e.getValue();
            while (q.size() > 1 && secondStep(q) <= renderStep) {
                q.pollFirst();
            }
            Sample a = q.peekFirst();
            if (a == null || a.step() > renderStep) {
                continue;
            }
            Sample b = q.size() > 1 ? secondOf(q) : null;
            GameObject shown = game.world().get(e.getKey());
            if (shown == null) {
                shown = game.addObject(a.state().copy());
            }
            if (b == null) {
                shown.syncTo(a.state());
                continue;
            }
            float t = (float) ((renderStep - a.step()) / (b.step() - a.step()));
            if (bounds.wraps() && crossesSeam(a.state(), b.state(), bounds)) {
                shown.syncTo(t < 0.5f ? a.state() : b.state());
            } else {
                shown.interpolate(a.state(), b.state(), t);
            }
        }
    }

    private static boolean crossesSeam(GameObject a, GameObject b, WorldBounds bounds) {
        return Math.abs(a.x() - b.x()) > bounds.width() * 0.5f || Math.abs(a.y() - b.y()) > bounds.height() * 0.5f;
    }

    private static int secondStep(ArrayDeque<Sample> q) {
        return secondOf(q).step();
    }

    private static Sample secondOf(ArrayDeque<Sample> q) {
        Iterator<Sample> it = q.iterator();
        it.next();
        return it.next();
    }

    @Override
    public double targetStep(double serverStep, double oneWayLatencySteps) {
        if (settings.predictLocal()) {
            return serverStep + oneWayLatencySteps + settings.inputLeadSteps();
        }
        return serverStep - (delay == null ? 0 : (double) delay.delayNanos() / periodNanos);
    }

    @Override
    public DriftThresholds driftThresholds() {
        return DriftThresholds.INTERPOLATE;
    }

    /**
     * The render step, or the newest snapshot's step when the render step has run past it (a late or lost
     * snapshot): remote objects then hold the newest state, and that is what the player sees (and what the
     * server's lag compensation must rewind to).
     */
    @Override
    public double shownStep(ClientContext ctx) {
        return Math.min(renderStep, newestSampleStep);
    }
}
