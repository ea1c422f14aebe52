package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.ClassTable;
import dev.javelin.engine.internal.wire.Registration;
import dev.javelin.engine.schema.ClassRegistry;

import dev.javelin.engine.world.GameObject;
import java.util.List;

/**
 * The quantized state of a world at one step, captured once per snapshot tick and shared by every
 * client's {@link SnapshotEncoder}: quantizing happens once, not once per client.
 *
 * <p>Threads: {@link #capture} on the simulation thread; afterwards the frame is read-only, and encoders
 * on other threads may read it at the same time until the next capture. Reused; a steady capture
 * allocates nothing.
 */
public final class WorldFrame {

    private final ClassRegistry registry;
    private final ClassTable table;
    final BaselineView view = new BaselineView();
    // Per index of the captured list: the object's index in the view, or -1 if its class is not networked.
    int[] frameIndexOfListIndex = new int[64];
    int listSize;

    /** An empty frame for objects of {@code registry}'s classes. */
    public WorldFrame(ClassRegistry registry) {
        if (registry == null) {
            throw new IllegalArgumentException("registry must not be null");
        }
        this.registry = registry;
        this.table = registry.table();
    }

    /**
     * Captures the quantized networked state of {@code objects} (ascending ids, such as
     * {@code world.objects()}) at {@code step}, replacing what the frame held. Objects of unregistered
     * classes are skipped: they are never networked.
     *
     * @throws IllegalArgumentException if the ids do not ascend
     */
    public void capture(int step, List<? extends GameObject> objects) {
        BaselineView v = view;
        v.clear();
        v.step = step;
        int n = objects.size();
        v.ensureObjects(n);
        if (frameIndexOfListIndex.length < n) {
            frameIndexOfListIndex = new int[Math.max(n, frameIndexOfListIndex.length * 2)];
        }
        listSize = n;
        Class<?> lastType = null;
        Registration r = null;
        int lastId = 0;
        for (int i = 0; i < n; i++) {
            GameObject o = objects.get(i);
            int id = o.id();
            if (id <= lastId) {
                throw new IllegalArgumentException("objects must be in ascending id order with ids above 0, found "
                        + id + " after " + lastId);
            }
            lastId = id;
            if (o.getClass() != lastType) {
                lastType = o.getClass();
                r = table.objectType(lastType);
            }
            if (r == null) {
                frameIndexOfListIndex[i] = -1;
                continue;
            }
            frameIndexOfListIndex[i] = v.count;
            int at = v.slotsUsed;
            v.ensureSlots(at + r.slots);
            r.codec.captureObject(o, v.slots, at);
            v.appendInPlace(id, r.index, r.slots);
        }
    }

    /** The step captured. */
    public int step() {
        return view.step;
    }

    /** The number of networked objects captured. */
    public int size() {
        return view.count;
    }

    /** The registry this frame quantizes with. */
    public ClassRegistry registry() {
        return registry;
    }

    /**
     * The checksum a client holding exactly these objects computes (computed on each call, from every
     * slot: for tests and diagnostics).
     */
    public int checksum() {
        return view.computeChecksum();
    }
}
