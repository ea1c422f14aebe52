package dev.javelin.engine.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Player actions on their way from the render thread (keys, mouse) to the simulation thread.
 *
 * <p>Two kinds, as in Lance's {@code KeyboardControls}: a <em>once</em> action ({@link #post}) is
 * delivered by exactly one {@link #drain()}; a <em>held</em> action ({@link #hold}) is delivered by every
 * drain from the hold until its {@link #release} — the simulation drains once per step, so a held key
 * repeats once per step whatever the frame rate. A hold released before any drain saw it is still
 * delivered once, so a tap shorter than a step is not lost.
 *
 * <p>Bounded: once the queue holds {@code capacity} once-actions, further posts are dropped and counted
 * ({@link #droppedCount()}) rather than let a stalled simulation grow memory without end.
 *
 * <p>Threads: any thread may post, hold and release (normally the render thread); {@link #drain()} is for
 * the simulation thread. Every method holds a private lock for a few list operations only, so neither
 * side ever waits on the other's work.
 */
public final class InputQueue {

    /** The default bound on queued once-actions. */
    public static final int DEFAULT_CAPACITY = 1024;

    private final Object lock = new Object();
    private final int capacity;
    private final ArrayDeque<InputAction> once = new ArrayDeque<>();
    private final Map<String, Held> held = new LinkedHashMap<>();
    private long dropped;

    /** A queue holding at most {@link #DEFAULT_CAPACITY} undrained once-actions. */
    public InputQueue() {
        this(DEFAULT_CAPACITY);
    }

    /** A queue holding at most {@code capacity} (at least 1) undrained once-actions. */
    public InputQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("input queue capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Queues {@code action} for the next drain only. Returns false if the queue was full and it was dropped. */
    public boolean post(InputAction action) {
        if (action == null) {
            throw new IllegalArgumentException("input action must not be null");
        }
        synchronized (lock) {
            return offer(action);
        }
    }

    /** Queues a once-action; see {@link #post(InputAction)}. */
    public boolean post(String action, float x, float y) {
        return post(new InputAction(action, x, y));
    }

    /**
     * Starts (or updates the parameters of) a held action: every drain delivers it until
     * {@link #release(String)}. Holding an action already held keeps its place and replaces x and y.
     */
    public void hold(String action, float x, float y) {
        InputAction a = new InputAction(action, x, y);
        synchronized (lock) {
            Held h = held.get(action);
            if (h == null) {
                held.put(action, new Held(a));
            } else {
                h.action = a;
            }
        }
    }

    /** Stops a held action; unknown names are ignored. A hold no drain has seen yet is delivered once. */
    public void release(String action) {
        synchronized (lock) {
            Held h = held.remove(action);
            if (h != null && !h.delivered) {
                offer(h.action);
            }
        }
    }

    /** Releases every held action (the window lost focus, say); see {@link #release(String)}. */
    public void releaseAll() {
        synchronized (lock) {
            for (Held h : held.values()) {
                if (!h.delivered) {
                    offer(h.action);
                }
            }
            held.clear();
        }
    }

    /**
     * Takes what is due this step: the once-actions in the order they were posted, then each held action
     * once, in the order they were first held. Simulation thread; returns a new list, empty if nothing.
     */
    public List<InputAction> drain() {
        synchronized (lock) {
            if (once.isEmpty() && held.isEmpty()) {
                return List.of();
            }
            List<InputAction> out = new ArrayList<>(once.size() + held.size());
            out.addAll(once);
            once.clear();
            for (Held h : held.values()) {
                h.delivered = true;
                out.add(h.action);
            }
            return out;
        }
    }

    /** True while {@code action} is held. */
    public boolean isHeld(String action) {
        synchronized (lock) {
            return held.containsKey(action);
        }
    }

    /** How many once-actions were dropped because the queue was full. */
    public long droppedCount() {
        synchronized (lock) {
            return dropped;
        }
    }

    private boolean offer(InputAction action) {
        if (once.size() >= capacity) {
            dropped++;
            return false;
        }
        once.add(action);
        return true;
    }

    private static final class Held {
        InputAction action;
        boolean delivered;

        Held(InputAction action) {
            this.action = action;
        }
    }
}
