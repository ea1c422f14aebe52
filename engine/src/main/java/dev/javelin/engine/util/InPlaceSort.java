package dev.javelin.engine.util;

/**
 * Sorts int and long ranges in place without allocating, for per-step code (collision candidates, interest
 * sets). {@link java.util.Arrays#sort(long[], int, int)} may allocate a run table and a merge buffer when its
 * input is partly sorted, which per-step data often is. This is an introsort: quicksort with a median of three,
 * insertion sort for short ranges, and heapsort past a depth limit, so the worst case stays O(n log n).
 */
public final class InPlaceSort {

    private static final int INSERTION = 24;

    private InPlaceSort() {
    }

    /** Sorts {@code a[from, to)} ascending. */
    public static void sort(long[] a, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, a.length);
        sort(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
    }

    /** Sorts {@code a[from, to)} ascending. */
    public static void sort(int[] a, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, a.length);
        sort(a, from, to - 1, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
    }

    private static void sort(long[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
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
            // Recurse into the smaller side, loop on the larger: the stack stays O(log n).
            if (j - lo < hi - i) {
                sort(a, lo, j, depth);
                lo = i;
            } else {
                sort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long v = a[i];
            int k = i - 1;
            while (k >= lo && a[k] > v) {
                a[k + 1] = a[k];
                k--;
            }
            a[k + 1] = v;
        }
    }

    private static void sort(int[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
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
            int pivot = a[mid];
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
                sort(a, lo, j, depth);
                lo = i;
            } else {
                sort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            int k = i - 1;
            while (k >= lo && a[k] > v) {
                a[k + 1] = a[k];
                k--;
            }
            a[k + 1] = v;
        }
    }

    private static void heapSort(long[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(long[] a, int lo, int i, int n) {
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                return;
            }
            if (c + 1 < n && a[lo + c + 1] > a[lo + c]) {
                c++;
            }
            if (a[lo + i] >= a[lo + c]) {
                return;
            }
            swap(a, lo + i, lo + c);
            i = c;
        }
    }

    private static void heapSort(int[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(int[] a, int lo, int i, int n) {
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                return;
            }
            if (c + 1 < n && a[lo + c + 1] > a[lo + c]) {
                c++;
            }
            if (a[lo + i] >= a[lo + c]) {
                return;
            }
            swap(a, lo + i, lo + c);
            i = c;
        }
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
