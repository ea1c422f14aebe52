package dev.javelin.engine.physics;

import dev.javelin.engine.util.InPlaceSort;
import java.util.Arrays;

/**
 * A growable list of index pairs (i, j) with i &lt; j, packed as {@code (long) i << 32 | j} so that
 * sorting the longs sorts the pairs. Reused from step to step: clearing keeps the array.
 */
public final class PairList {

    private long[] pairs = new long[64];
    private int size;

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    /** Adds (i, j); the smaller index is put first. */
    public void add(int i, int j) {
        addPacked(i < j ? pack(i, j) : pack(j, i));
    }

    void addPacked(long packed) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size++] = packed;
    }

    public int first(int index) {
        return (int) (pairs[index] >>> 32);
    }

    public int second(int index) {
        return (int) pairs[index];
    }

    long packed(int index) {
        return pairs[index];
    }

    /** Sorts the pairs and drops duplicates. */
    public void sortUnique() {
        if (size < 2) {
            return;
        }
        InPlaceSort.sort(pairs, 0, size);
        int w = 1;
        for (int r = 1; r < size; r++) {
            if (pairs[r] != pairs[w - 1]) {
                pairs[w++] = pairs[r];
            }
        }
        size = w;
    }

    /** True if both lists hold the same pairs in the same order. */
    public boolean sameAs(PairList other) {
        return size == other.size && Arrays.equals(pairs, 0, size, other.pairs, 0, other.size);
    }

    static long pack(int i, int j) {
        return ((long) i << 32) | (j & 0xFFFFFFFFL);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < size; k++) {
            sb.append(k == 0 ? "" : ", ").append('(').append(first(k)).append(',').append(second(k)).append(')');
        }
        return sb.append(']').toString();
    }
}
