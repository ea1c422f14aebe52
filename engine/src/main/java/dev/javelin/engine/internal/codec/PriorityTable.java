package dev.javelin.engine.internal.codec;

/**
 * The priority accumulator of one client: for each object whose change has not been sent yet, the
 * priority it accumulated, one per snapshot it waited. Ids ascending, double-buffered, no allocation once
 * grown. An object sent, or no longer changed relative to the baseline, drops out (back to zero).
 */
final class PriorityTable {

    private int count;
    private int[] ids = new int[64];
    private float[] values = new float[64];
    private int[] nextIds = new int[64];
    private float[] nextValues = new float[64];
    private int building;

    /** The accumulated priority of {@code id}, from a cursor that must only move to larger ids. */
    float carried(int id, int[] cursor) {
        int p = cursor[0];
        while (p < count && ids[p] < id) {
            p++;
        }
        cursor[0] = p;
        return p < count && ids[p] == id ? values[p] : 0f;
    }

    /** Starts the next table, for up to {@code capacity} entries. */
    void begin(int capacity) {
        if (nextIds.length < capacity) {
            nextIds = new int[Math.max(capacity, nextIds.length * 2)];
            nextValues = new float[nextIds.length];
        }
        building = 0;
    }

    /** Adds an entry to the next table; ids must ascend. */
    void keep(int id, float priority) {
        nextIds[building] = id;
        nextValues[building++] = priority;
    }

    /** Makes the next table the current one. */
    void commit() {
        int[] ti = ids;
        float[] tv = values;
        ids = nextIds;
        values = nextValues;
        nextIds = ti;
        nextValues = tv;
        count = building;
    }
}
