package dev.javelin.engine.codec;

/**
 * An in-place sort of a long array range that never allocates (the JDK's sort allocates a run buffer
 * when its input is partly sorted, which priorities often are). Quicksort with median-of-three pivots,
 * recursing into the smaller side only, and insertion sort for short ranges.
 */
final class LongSort {

    private static final int INSERTION = 24;

    private LongSort() {
    }

    /** Sorts {@code a[from, to)} ascending. */
    static void sort(long[] a, int from, int to) {
        int lo = from;
        int hi = to - 1;
        while (hi - lo >= INSERTION) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            long pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                sort(a, lo, j + 1);
                lo = i;
            } else {
                sort(a, i, hi + 1);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
