package dev.javelin.engine.internal.codec;

/**
 * The snapshot layout, in bit order (least significant bit first within bytes):
 * <pre>
 * sequence            32
 * step                32
 * full                 1
 * baseline offset - 1  6      (delta only: baseline sequence = sequence - offset, offset 1..64)
 * complete             1      (every relevant object was considered: the whole view is confirmed)
 * event base          32      (full only: index of the last event before this snapshot's first)
 * events: count EG0, then per event: class (eventClassBits), step back (zigzag EG2), field mask, values
 * destroys: count EG0, then per destroy: gap of baseline index EG0
 * creates: count EG0, then per create: id gap EG0, class (objectClassBits), mask code, values
 * updates: count EG0, then per update: gap of baseline index EG0, mask code, field deltas
 * checksum            32      (sum of the object hashes of the resulting view)
 * zero padding to a whole byte
 * </pre>
 * A mask code is one bit "same mask as the previous entry of this class in this section", or a zero bit
 * followed by the schema's field mask.
 */
final class SnapshotLayout {

    static final int OFFSET_BITS = 6;
    static final int MAX_OFFSET = 1 << OFFSET_BITS;
    /** Baselines kept per side, indexed by sequence modulo this. */
    static final int RING = 64;
    static final int MAX_SNAPSHOT_BYTES = 65536;
    static final int MAX_EVENTS_PER_SNAPSHOT = 1024;
    static final int EVENT_STEP_ORDER = 2;

    private SnapshotLayout() {
    }

    static int headerBits(boolean full) {
        return 32 + 32 + 1 + (full ? 32 : OFFSET_BITS) + 1;
    }

    static final int TRAILER_BITS = 32;

    static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    static int unzigzag(long z) {
        int v = (int) z;
        return (v >>> 1) ^ -(v & 1);
    }
}
