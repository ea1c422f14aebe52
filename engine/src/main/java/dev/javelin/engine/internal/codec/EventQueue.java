package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.BitWriter;
import dev.javelin.engine.internal.wire.ClassTable;
import dev.javelin.engine.internal.wire.GolombCodes;
import dev.javelin.engine.internal.wire.Registration;

/**
 * One client's game events not yet acknowledged, captured (quantized) when queued, so the game may reuse
 * its event objects at once. Events are numbered from 1 in queue order; a ring holds those above the
 * acknowledged index. Also writes the event section of a snapshot. Allocates its arrays once.
 */
final class EventQueue {

    private final ClassTable registry;
    private final int capacity;
    private final int maxSlots;
    private byte[] scratchBuf = new byte[4096];
    private final BitWriter scratch = new BitWriter(scratchBuf, 0, scratchBuf.length);
    private int[] starts = new int[64];
    private int endBit;
    private int[] cls;
    private int[] steps;
    private int[] slots;
    /** Index of the newest event queued; 0 before the first. */
    private int newest;
    /** Index of the newest event the client is known to hold. */
    private int acked;

    EventQueue(ClassTable registry, int capacity) {
        this.registry = registry;
        this.capacity = capacity;
        this.maxSlots = Math.max(1, registry.maxEventSlots());
    }

    void add(Registration r, Object event, int step) {
        if (newest - acked >= capacity) {
            throw new IllegalStateException("game event queue full: " + capacity + " events not acknowledged by"
                    + " the client; it has stopped acknowledging snapshots and should be dropped");
        }
        if (cls == null) {
            cls = new int[capacity];
            steps = new int[capacity];
            slots = new int[capacity * maxSlots];
        }
        newest++;
        int at = newest % capacity;
        cls[at] = r.index;
        steps[at] = step;
        r.codec.captureObject(event, slots, at * maxSlots);
    }

    void dropThrough(int index) {
        if (index > acked) {
            acked = Math.min(index, newest);
        }
    }

    int newest() {
        return newest;
    }

    int acked() {
        return acked;
    }

    int pending() {
        return newest - acked;
    }

    int classIndex(int index) {
        return cls[index % capacity];
    }

    int step(int index) {
        return steps[index % capacity];
    }

    int[] slots() {
        return slots;
    }

    int slotOffset(int index) {
        return (index % capacity) * maxSlots;
    }

    /**
     * Writes the events after {@code through} (up to the per-snapshot limit) into scratch, and returns how
     * many fit in {@code bits} together with their count code.
     */
    int measure(int through, int step, int bits) {
        int first = through + 1;
        int count = Math.min(newest - through, SnapshotLayout.MAX_EVENTS_PER_SNAPSHOT);
        endBit = 0;
        if (count <= 0) {
            return 0;
        }
        int need = count * (maxSlots * 5 + 16) + 16;
        if (scratchBuf.length < need) {
            scratchBuf = new byte[Math.max(need, scratchBuf.length * 2)];
        }
        if (starts.length < count + 1) {
            starts = new int[Math.max(count + 1, starts.length * 2)];
        }
        scratch.reset(scratchBuf, 0, scratchBuf.length);
        int classBits = registry.eventClassBits();
        int fitting = 0;
        for (int e = 0; e < count; e++) {
            int index = first + e;
            starts[e] = scratch.bitPosition();
            Registration r = registry.eventAt(classIndex(index));
            int off = slotOffset(index);
            scratch.writeBits(r.index, classBits);
            GolombCodes.writeGolomb(scratch, SnapshotLayout.zigzag(step - step(index)) & 0xFFFF_FFFFL, SnapshotLayout.EVENT_STEP_ORDER);
            long m = r.codec.nonDefaultMask(r.defaults, slots, off);
            r.codec.writeMask(scratch, m);
            r.codec.writeValues(scratch, m, slots, off);
            if (GolombCodes.golombBits(e + 1, 0) + scratch.bitPosition() > bits) {
                break;
            }
            fitting = e + 1;
        }
        // The fitting events end where the first one that did not fit starts, or where the scratch ends.
        endBit = fitting < count ? starts[fitting] : scratch.bitPosition();
        return fitting;
    }

    /** Bits of the event section with the first {@code n} measured events. */
    int bits(int n) {
        return GolombCodes.golombBits(n, 0) + (n == 0 ? 0 : endBit);
    }

    /** Writes the event section with the first {@code n} measured events. */
    void write(BitWriter w, int n) {
        GolombCodes.writeGolomb(w, n, 0);
        if (n > 0) {
            w.copyBits(scratch, 0, endBit);
        }
    }
}
