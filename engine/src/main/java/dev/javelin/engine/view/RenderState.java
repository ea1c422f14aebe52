package dev.javelin.engine.view;

import dev.javelin.engine.physics.WorldBounds;
import java.util.List;

/**
 * What the renderer draws, as of one simulation step: the step number, the clock time the step was due
 * at, the step period, the world's bounds (for wrap-around), every shown object with its previous and
 * current state, and the latest network figures.
 *
 * <p>Immutable, and safe to read from any thread once published. The renderer draws each object at
 * {@code lerp(previous, current, alpha(now))}: at {@code stepTimeNanos} it shows the previous state and
 * one period later the current one, so the picture runs one step behind the simulation and moves
 * smoothly whatever the frame rate.
 */
public final class RenderState {

    private final int step;
    private final long stepTimeNanos;
    private final long stepPeriodNanos;
    private final WorldBounds bounds;
    private final List<RenderObject> objects;
    private final NetStats netStats;
    private final boolean sortedById;

    /**
     * @param step            the simulation step these states belong to
     * @param stepTimeNanos   the clock time ({@link dev.javelin.engine.loop.Clock}) the step was due at
     * @param stepPeriodNanos the step period in nanoseconds, positive
     * @param bounds          the world's edges, never null ({@link WorldBounds#NONE} for an open plane)
     * @param objects         the shown objects in drawing order (copied), never null
     * @param netStats        the network figures, never null ({@link NetStats#NONE} without a network)
     */
    public RenderState(int step, long stepTimeNanos, long stepPeriodNanos, WorldBounds bounds,
                       List<RenderObject> objects, NetStats netStats) {
        if (stepPeriodNanos <= 0) {
            throw new IllegalArgumentException("render state stepPeriodNanos must be positive, was " + stepPeriodNanos);
        }
        if (bounds == null || objects == null || netStats == null) {
            throw new IllegalArgumentException("render state bounds, objects and netStats must not be null");
        }
        this.step = step;
        this.stepTimeNanos = stepTimeNanos;
        this.stepPeriodNanos = stepPeriodNanos;
        this.bounds = bounds;
        this.objects = List.copyOf(objects);
        this.netStats = netStats;
        this.sortedById = isSorted(this.objects);
    }

    /** A state with no objects, for before the first step. */
    public static RenderState empty(long stepPeriodNanos, WorldBounds bounds) {
        return new RenderState(0, 0L, stepPeriodNanos, bounds, List.of(), NetStats.NONE);
    }

    /** The simulation step these states belong to. */
    public int step() {
        return step;
    }

    /** Clock time in nanoseconds the step was due at. */
    public long stepTimeNanos() {
        return stepTimeNanos;
    }

    /** Step period in nanoseconds. */
    public long stepPeriodNanos() {
        return stepPeriodNanos;
    }

    /** The world's edges; the renderer wraps drawing when they wrap. */
    public WorldBounds bounds() {
        return bounds;
    }

    /** The shown objects in drawing order; an unmodifiable list. */
    public List<RenderObject> objects() {
        return objects;
    }

    /** The network figures for the overlay. */
    public NetStats netStats() {
        return netStats;
    }

    /** True when {@link #objects()} is in ascending id order (what a world gives), so lookups are fast. */
    public boolean isSortedById() {
        return sortedById;
    }

    /**
     * How far the clock time {@code nowNanos} is between the previous step (0) and this one (1):
     * {@code (now - stepTime) / stepPeriod}, clamped to [0, 1] so that a late step holds the picture
     * still rather than guessing ahead.
     */
    public float alpha(long nowNanos) {
        double a = (double) (nowNanos - stepTimeNanos) / stepPeriodNanos;
        return a <= 0 ? 0f : a >= 1 ? 1f : (float) a;
    }

    /** The object with {@code id}, or null if it is not shown. */
    public RenderObject find(int id) {
        if (sortedById) {
            int lo = 0;
            int hi = objects.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int midId = objects.get(mid).id();
                if (midId < id) {
                    lo = mid + 1;
                } else if (midId > id) {
                    hi = mid - 1;
                } else {
                    return objects.get(mid);
                }
            }
            return null;
        }
        for (RenderObject o : objects) {
            if (o.id() == id) {
                return o;
            }
        }
        return null;
    }

    private static boolean isSorted(List<RenderObject> list) {
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i - 1).id() >= list.get(i).id()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "RenderState[step=" + step + ", objects=" + objects.size() + "]";
    }
}
