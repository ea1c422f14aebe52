package dev.javelin.engine.server;

import dev.javelin.engine.util.InPlaceSort;
import java.util.Arrays;
import java.util.function.IntConsumer;

/** A growable list of ints that an {@link InterestPolicy} fills, then sorted with duplicates removed. */
final class IndexSet implements IntConsumer {

    private int[] items = new int[256];
    private int size;

    @Override
    public void accept(int index) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = index;
    }

    void clear() {
        size = 0;
    }

    /** Sorts ascending and drops repeats. */
    void sortDistinct() {
        InPlaceSort.sort(items, 0, size);
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (w == 0 || items[r] != items[w - 1]) {
                items[w++] = items[r];
            }
        }
        size = w;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return items[i];
    }

    /** Keeps the first {@code n} items; with {@link #set}, filters the set in place. */
    void truncate(int n) {
        size = n;
    }

    void set(int i, int index) {
        items[i] = index;
    }

    /** The items, valid up to {@link #size()}. */
    int[] array() {
        return items;
    }
}
