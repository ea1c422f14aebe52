package dev.javelin.engine.codec;

/**
 * One client's game events not yet acknowledged, captured (quantized) when queued, so the game may reuse
 * its event objects at once. Events are numbered from 1 in queue order; a ring holds those above the
 * acknowledged index. Allocates its arrays once.
 */
final class EventQueue {

    private final int capacity;
    private final int maxSlots;
    private int[] cls;
    private int[] steps;
    private int[] slots;
    /** Index of the newest event queued; 0 before the first. */
    private int newest;
    /** Index of the newest event the client is known to hold. */
    private int acked;

    EventQueue(int capacity, int maxSlots) {
        this.capacity = capacity;
        this.maxSlots = Math.max(1, maxSlots);
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
        r.schema.capture(event, slots, at * maxSlots);
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
}
