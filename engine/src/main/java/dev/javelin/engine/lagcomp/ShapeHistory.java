package dev.javelin.engine.lagcomp;

import dev.javelin.engine.world.GameObject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The recorded boxes of the compensated objects: one ring of {@code capacity} steps per object (centre, width,
 * height), written at the end of every step. Rings are allocated when an object arrives (or reused from one that
 * left more than a ring ago), never per step. An object that left keeps its ring until it ages out, so a shot at
 * what the shooter still saw can hit it.
 *
 * <p>Threads: the server's simulation thread.
 */
final class ShapeHistory {

    static final int NEVER = Integer.MAX_VALUE;

    private final int capacity;
    private final Map<Integer, Integer> slotById = new HashMap<>();
    private int slots;
    private GameObject[] live = new GameObject[0];
    private int[] ids = new int[0];
    private int[] born = new int[0];
    private int[] died = new int[0];
    private float[][] xs = new float[0][];
    private float[][] ys = new float[0][];
    private float[][] widths = new float[0][];
    private float[][] heights = new float[0][];
    private int latest = -1;
    private int oldest = -1;

    ShapeHistory(int capacity) {
        this.capacity = capacity;
    }

    /** Starts a ring for {@code o}, present from step {@code step} on (its state written there at once). */
    void add(GameObject o, int step) {
        int slot = freeSlot(step);
        live[slot] = o;
        ids[slot] = o.id();
        born[slot] = step;
        died[slot] = NEVER;
        slotById.put(o.id(), slot);
        write(slot, step);
    }

    /** {@code id} is gone from the world as of step {@code step} (it was in the state of {@code step - 1}). */
    void remove(int id, int step) {
        Integer slot = slotById.remove(id);
        if (slot != null) {
            live[slot] = null;
            died[slot] = step;
        }
    }

    /** Writes every present object's box for step {@code step} (the state at its end). */
    void record(int step) {
        for (int s = 0; s < slots; s++) {
            if (live[s] != null) {
                write(s, step);
            }
        }
        latest = step;
        if (oldest < 0) {
            oldest = step;
        }
        oldest = Math.max(oldest, step - capacity + 1);
    }

    private void write(int slot, int step) {
        GameObject o = live[slot];
        int i = Math.floorMod(step, capacity);
        xs[slot][i] = o.x();
        ys[slot][i] = o.y();
        widths[slot][i] = o.extentX();
        heights[slot][i] = o.extentY();
    }

    private int freeSlot(int step) {
        for (int s = 0; s < slots; s++) {
            if (live[s] == null && died[s] != NEVER && step - died[s] >= capacity) {
                return s;
            }
        }
        if (slots == live.length) {
            int n = Math.max(8, slots * 2);
            live = Arrays.copyOf(live, n);
            ids = Arrays.copyOf(ids, n);
            born = Arrays.copyOf(born, n);
            died = Arrays.copyOf(died, n);
            xs = grow(xs, n);
            ys = grow(ys, n);
            widths = grow(widths, n);
            heights = grow(heights, n);
        }
        return slots++;
    }

    private float[][] grow(float[][] rings, int n) {
        float[][] out = Arrays.copyOf(rings, n);
        for (int s = rings.length; s < n; s++) {
            out[s] = new float[capacity];
        }
        return out;
    }

    int slots() {
        return slots;
    }

    /** True when the object in {@code slot} was in the world in the state at the end of {@code step}. */
    boolean presentAt(int slot, int step) {
        return born[slot] <= step && step < died[slot] && step >= oldest && step <= latest;
    }

    int id(int slot) {
        return ids[slot];
    }

    float x(int slot, int step) {
        return xs[slot][Math.floorMod(step, capacity)];
    }

    float y(int slot, int step) {
        return ys[slot][Math.floorMod(step, capacity)];
    }

    float width(int slot, int step) {
        return widths[slot][Math.floorMod(step, capacity)];
    }

    float height(int slot, int step) {
        return heights[slot][Math.floorMod(step, capacity)];
    }

    /** The newest recorded step, or -1 before the first. */
    int latest() {
        return latest;
    }

    /** The oldest step still held, or -1 before the first. */
    int oldest() {
        return oldest;
    }

    int capacity() {
        return capacity;
    }
}
