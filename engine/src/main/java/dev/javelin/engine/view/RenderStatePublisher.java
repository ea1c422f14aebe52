package dev.javelin.engine.view;

import dev.javelin.engine.world.GameObject;
import dev.javelin.engine.world.GameWorld;
import dev.javelin.engine.physics.WorldBounds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Publishes a {@link RenderState} after each simulation step, for the render thread to pick up.
 *
 * <p>Each call to {@link #publish} freezes a copy of every shown object (as {@link GameObject#copy()}
 * makes it) and pairs it with the copy the previous call froze for the same id (and class); an object
 * new at this step uses its current state as its previous one. Objects not shown any more simply drop out. The latest state is handed over through
 * an {@link AtomicReference}: publishing never waits for the renderer and reading never waits for the
 * simulation, and no mutable object is shared between the two threads.
 *
 * <p>Threads: {@code publish} on the simulation thread only (one writer); {@link #get()} from any thread.
 */
public final class RenderStatePublisher implements Supplier<RenderState> {

    private final long stepPeriodNanos;
    private final WorldBounds bounds;
    private final AtomicReference<RenderState> latest;
    private final FrozenCopies freezer = new FrozenCopies();
    private volatile long published;

    /**
     * @param stepPeriodNanos the simulation's step period in nanoseconds, positive
     * @param bounds          the world's edges, never null
     */
    public RenderStatePublisher(long stepPeriodNanos, WorldBounds bounds) {
        RenderState empty = RenderState.empty(stepPeriodNanos, bounds);
        this.stepPeriodNanos = stepPeriodNanos;
        this.bounds = bounds;
        this.latest = new AtomicReference<>(empty);
    }

    /** Publishes every object of {@code world} at its current step; see {@link #publish(List, int, long, NetStats)}. */
    public RenderState publishWorld(GameWorld world, long stepTimeNanos) {
        return publish(world.objects(), world.stepCount(), stepTimeNanos, NetStats.NONE);
    }

    /** Publishes {@code shown} with no network figures; see {@link #publish(List, int, long, NetStats)}. */
    public RenderState publish(List<? extends GameObject> shown, int step, long stepTimeNanos) {
        return publish(shown, step, stepTimeNanos, NetStats.NONE);
    }

    /**
     * Freezes {@code shown} and makes it the latest state.
     *
     * @param shown         what the sync strategy wants displayed (bent or interpolated objects), in
     *                      drawing order; never null, no nulls, no id twice; read here and never kept
     * @param step          the step just completed
     * @param stepTimeNanos the clock time that step was due at ({@link dev.javelin.engine.loop.StepLoop#lastStepNanos()})
     * @param netStats      the latest network figures, never null
     * @return the published state
     */
    public RenderState publish(List<? extends GameObject> shown, int step, long stepTimeNanos, NetStats netStats) {
        if (shown == null || netStats == null) {
            throw new IllegalArgumentException("shown objects and netStats must not be null");
        }
        RenderState before = latest.get();
        Pairing pairing = new Pairing(before);
        List<RenderObject> out = new ArrayList<>(shown.size());
        for (int i = 0, n = shown.size(); i < n; i++) {
            GameObject o = shown.get(i);
            if (o == null) {
                throw new IllegalArgumentException("shown object " + i + " is null");
            }
            GameObject current = freezer.freeze(o);
            GameObject previous = pairing.previousOf(o.id(), o.getClass());
            out.add(new RenderObject(o.id(), current.getClass(), previous == null ? current : previous, current));
        }
        RenderState state = new RenderState(step, stepTimeNanos, stepPeriodNanos, bounds, out, netStats);
        if (!state.isSortedById()) {
            requireDistinctIds(state.objects());
        }
        latest.set(state);
        published++;
        return state;
    }

    /** The latest published state, or an empty one before the first publish; never null. Any thread. */
    @Override
    public RenderState get() {
        return latest.get();
    }

    /** How many states have been published. Any thread. */
    public long publishedCount() {
        return published;
    }

    /** The step period in nanoseconds. */
    public long stepPeriodNanos() {
        return stepPeriodNanos;
    }

    /** The world's edges published with every state. */
    public WorldBounds bounds() {
        return bounds;
    }

    private static void requireDistinctIds(List<RenderObject> objects) {
        Map<Integer, Boolean> seen = new HashMap<>(objects.size() * 2);
        for (RenderObject o : objects) {
            if (seen.put(o.id(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("object id " + o.id() + " is shown twice");
            }
        }
    }

    /**
     * Finds each object's state in the state published before. Shown lists usually come in ascending id
     * order, as a world keeps them; then a cursor walks both lists in step and no map is built.
     */
    private static final class Pairing {
        private final List<RenderObject> before;
        private final boolean sorted;
        private Map<Integer, RenderObject> byId;
        private int cursor;
        private int lastId = Integer.MIN_VALUE;

        Pairing(RenderState state) {
            this.before = state.objects();
            this.sorted = state.isSortedById();
        }

        GameObject previousOf(int id, Class<?> type) {
            RenderObject r = sorted && id > lastId ? advanceTo(id) : lookUp(id);
            lastId = id;
            return r != null && r.type() == type ? r.current() : null;
        }

        private RenderObject advanceTo(int id) {
            while (cursor < before.size() && before.get(cursor).id() < id) {
                cursor++;
            }
            return cursor < before.size() && before.get(cursor).id() == id ? before.get(cursor) : null;
        }

        private RenderObject lookUp(int id) {
            if (byId == null) {
                byId = new HashMap<>(before.size() * 2);
                for (RenderObject r : before) {
                    byId.put(r.id(), r);
                }
            }
            return byId.get(id);
        }
    }
}
