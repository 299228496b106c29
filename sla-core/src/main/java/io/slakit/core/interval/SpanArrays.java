package io.slakit.core.interval;

/**
 * In-place kernels on caller-owned parallel start/end arrays (epoch nanoseconds, half-open spans):
 * the allocation-free core of {@link TimeSet}, for hot loops that reuse scratch arrays across
 * resources. Spans must be non-empty ({@code start < end}).
 */
public final class SpanArrays {
    private SpanArrays() {
    }

    /**
     * Sorts the first {@code count} spans by start and merges overlapping and touching ones in
     * place (an outage split at any instant is one outage); returns the number of spans left.
     */
    public static int sortAndMerge(long[] starts, long[] ends, int count) {
        if (count < 2) {
            return count;
        }
        boolean sorted = true;
        for (int i = 1; i < count && sorted; i++) {
            sorted = starts[i] >= starts[i - 1];
        }
        if (!sorted) {
            SpanSort.sort(starts, ends, 0, count - 1);
        }
        int n = 0;
        for (int i = 1; i < count; i++) {
            if (starts[i] <= ends[n]) {
                if (ends[i] > ends[n]) {
                    ends[n] = ends[i];
                }
            } else {
                n++;
                starts[n] = starts[i];
                ends[n] = ends[i];
            }
        }
        return n + 1;
    }

    /**
     * Writes {@code a \ b} into {@code out}; both inputs merged (sorted, disjoint, not touching), as
     * {@link #sortAndMerge} leaves them. {@code out} must not alias {@code a} (a span may be cut into
     * several pieces) and must hold {@code aCount + bCount} spans. Returns the count written.
     */
    public static int minus(long[] aStarts, long[] aEnds, int aCount, long[] bStarts, long[] bEnds, int bCount,
                            long[] outStarts, long[] outEnds) {
        int n = 0;
        int j = 0;
        for (int i = 0; i < aCount; i++) {
            long s = aStarts[i];
            long e = aEnds[i];
            while (j < bCount && bEnds[j] <= s) {
                j++;
            }
            int k = j;
            while (k < bCount && bStarts[k] < e) {
                if (bStarts[k] > s) {
                    outStarts[n] = s;
                    outEnds[n++] = bStarts[k];
                }
                s = Math.max(s, bEnds[k]);
                if (s >= e) {
                    break;
                }
                k++;
            }
            if (s < e) {
                outStarts[n] = s;
                outEnds[n++] = e;
            }
        }
        return n;
    }
}
