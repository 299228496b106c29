package io.slakit.core.interval;

/** Sorts parallel start/end arrays by start without boxing: quicksort, insertion sort for short runs. */
final class SpanSort {
    private static final int INSERTION_LIMIT = 24;

    private SpanSort() {
    }

    static void sort(long[] starts, long[] ends, int lo, int hi) {
        while (hi - lo > INSERTION_LIMIT) {
            int mid = (lo + hi) >>> 1;
            long pivot = median(starts[lo], starts[mid], starts[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (starts[i] < pivot) {
                    i++;
                }
                while (starts[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(starts, ends, i++, j--);
                }
            }
            // Recurse into the smaller half so the stack stays O(log n).
            if (j - lo < hi - i) {
                sort(starts, ends, lo, j);
                lo = i;
            } else {
                sort(starts, ends, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long s = starts[i];
            long e = ends[i];
            int j = i - 1;
            while (j >= lo && starts[j] > s) {
                starts[j + 1] = starts[j];
                ends[j + 1] = ends[j];
                j--;
            }
            starts[j + 1] = s;
            ends[j + 1] = e;
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(long[] starts, long[] ends, int i, int j) {
        long s = starts[i];
        starts[i] = starts[j];
        starts[j] = s;
        long e = ends[i];
        ends[i] = ends[j];
        ends[j] = e;
    }
}
