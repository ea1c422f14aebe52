package dev.javelin.engine.internal.codec;

import dev.javelin.engine.internal.wire.GolombCodes;

import java.util.Arrays;

/**
 * A set of objects' quantized states in ascending id order: a captured world ({@link WorldFrame}), a
 * baseline the server sent, or one the client decoded. Per object: id, class index, the offset of its
 * slot block. The checksum (see {@link GolombCodes#slotTerm}) is maintained by whoever builds the view, from
 * the slots that changed. Reused: arrays grow and are never shrunk.
 */
final class BaselineView {

    int sequence = -1;
    int step;
    /** Index of the last game event this view includes; events are numbered from 1 per client. */
    int eventsThrough;
    int count;
    int[] ids = new int[16];
    int[] cls = new int[16];
    int[] off = new int[16];
    int[] slots = new int[256];
    int slotsUsed;
    int checksum;

    void clear() {
        sequence = -1;
        step = 0;
        eventsThrough = 0;
        count = 0;
        slotsUsed = 0;
        checksum = 0;
    }

    void ensureObjects(int n) {
        if (n > ids.length) {
            int cap = Math.max(n, ids.length * 2);
            ids = Arrays.copyOf(ids, cap);
            cls = Arrays.copyOf(cls, cap);
            off = Arrays.copyOf(off, cap);
        }
    }

    void ensureSlots(int n) {
        if (n > slots.length) {
            slots = Arrays.copyOf(slots, Math.max(n, slots.length * 2));
        }
    }

    /** Appends an object whose slots are already at {@code slots[slotsUsed ...]}; ids must ascend. */
    void appendInPlace(int id, int classIndex, int slotCount) {
        ensureObjects(count + 1);
        ids[count] = id;
        cls[count] = classIndex;
        off[count] = slotsUsed;
        slotsUsed += slotCount;
        count++;
    }

    /** Appends a copy of an object's block from {@code src}. */
    void append(int id, int classIndex, int[] src, int srcOff, int slotCount) {
        ensureSlots(slotsUsed + slotCount);
        System.arraycopy(src, srcOff, slots, slotsUsed, slotCount);
        appendInPlace(id, classIndex, slotCount);
    }

    /** Appends objects {@code from} to {@code to} (exclusive) of {@code v}, whose blocks are contiguous. */
    void appendRun(BaselineView v, int from, int to) {
        if (from >= to) {
            return;
        }
        int n = to - from;
        int start = v.off[from];
        int end = to < v.count ? v.off[to] : v.slotsUsed;
        ensureObjects(count + n);
        ensureSlots(slotsUsed + end - start);
        System.arraycopy(v.slots, start, slots, slotsUsed, end - start);
        int shift = slotsUsed - start;
        for (int i = 0; i < n; i++) {
            ids[count + i] = v.ids[from + i];
            cls[count + i] = v.cls[from + i];
            off[count + i] = v.off[from + i] + shift;
        }
        count += n;
        slotsUsed += end - start;
    }

    /** Becomes an exact copy of {@code v} (sequence, step and events included). */
    void copyFrom(BaselineView v) {
        ensureObjects(v.count);
        ensureSlots(v.slotsUsed);
        System.arraycopy(v.ids, 0, ids, 0, v.count);
        System.arraycopy(v.cls, 0, cls, 0, v.count);
        System.arraycopy(v.off, 0, off, 0, v.count);
        System.arraycopy(v.slots, 0, slots, 0, v.slotsUsed);
        count = v.count;
        slotsUsed = v.slotsUsed;
        checksum = v.checksum;
        sequence = v.sequence;
        step = v.step;
        eventsThrough = v.eventsThrough;
    }

    /** Slot count of object {@code i}. */
    int slotCount(int i) {
        return (i + 1 < count ? off[i + 1] : slotsUsed) - off[i];
    }

    /** Index of {@code id} at or after {@code from}, or -(insertion point) - 1. */
    int indexOf(int id, int from) {
        int lo = from;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int m = ids[mid];
            if (m < id) {
                lo = mid + 1;
            } else if (m > id) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** True if object {@code i} here and object {@code j} of {@code o} have equal blocks. */
    boolean sameState(int i, BaselineView o, int j) {
        if (cls[i] != o.cls[j]) {
            return false;
        }
        int a = off[i];
        int b = o.off[j];
        int n = slotCount(i);
        return Arrays.equals(slots, a, a + n, o.slots, b, b + n);
    }

    /** The checksum terms of object {@code i}. */
    int objectSum(int i) {
        return GolombCodes.objectSum(ids[i], cls[i], slots, off[i], slotCount(i));
    }

    /** The checksum of everything in the view, computed from scratch. */
    int computeChecksum() {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += objectSum(i);
        }
        return sum;
    }
}
