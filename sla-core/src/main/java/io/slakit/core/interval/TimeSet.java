package io.slakit.core.interval;

import io.slakit.api.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

/**
 * An immutable set of instants, kept as sorted, disjoint, non-touching half-open spans
 * {@code [start, end)} in epoch nanoseconds. Union, difference and intersection are linear
 * sweeps; building from unsorted spans costs one sort, so a scope's incidents are O(n log n).
 */
public final class TimeSet {
    private static final TimeSet EMPTY = new TimeSet(new long[0], new long[0]);
    private static final BigDecimal NANOS_PER_MINUTE = BigDecimal.valueOf(60_000_000_000L);

    private final long[] starts;
    private final long[] ends;

    private TimeSet(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public static TimeSet empty() {
        return EMPTY;
    }

    public static TimeSet of(Instant startInclusive, Instant endExclusive) {
        return span(nanos(startInclusive), nanos(endExclusive));
    }

    public static TimeSet span(long startInclusive, long endExclusive) {
        if (endExclusive <= startInclusive) {
            return EMPTY;
        }
        return new TimeSet(new long[] {startInclusive}, new long[] {endExclusive});
    }

    /**
     * The union of {@code count} spans given as parallel arrays (read, not kept). Overlapping and
     * touching spans merge: an outage split in two at any instant is one outage.
     */
    public static TimeSet union(long[] spanStarts, long[] spanEnds, int count) {
        if (count == 0) {
            return EMPTY;
        }
        boolean sorted = true;
        for (int i = 0; i < count; i++) {
            if (spanEnds[i] <= spanStarts[i]) {
                throw new IllegalArgumentException("empty span at " + i);
            }
            if (i > 0 && spanStarts[i] < spanStarts[i - 1]) {
                sorted = false;
            }
        }
        long[] inStarts = spanStarts;
        long[] inEnds = spanEnds;
        if (!sorted) {
            inStarts = Arrays.copyOf(spanStarts, count);
            inEnds = Arrays.copyOf(spanEnds, count);
            SpanSort.sort(inStarts, inEnds, 0, count - 1);
        }
        long[] outStarts = new long[count];
        long[] outEnds = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            long s = inStarts[i];
            long e = inEnds[i];
            if (n > 0 && s <= outEnds[n - 1]) {
                if (e > outEnds[n - 1]) {
                    outEnds[n - 1] = e;
                }
            } else {
                outStarts[n] = s;
                outEnds[n] = e;
                n++;
            }
        }
        return new TimeSet(Arrays.copyOf(outStarts, n), Arrays.copyOf(outEnds, n));
    }

    /** Epoch nanoseconds of an instant; instants outside 1678..2262 are rejected, not wrapped. */
    public static long nanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException e) {
            throw new InvalidInputException("time", instant, "is outside the supported years 1678..2262");
        }
    }

    public static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }

    public int size() {
        return starts.length;
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    public long start(int i) {
        return starts[java.util.Objects.checkIndex(i, starts.length)];
    }

    public long end(int i) {
        return ends[java.util.Objects.checkIndex(i, ends.length)];
    }

    /** Total length in nanoseconds. */
    public long measureNanos() {
        long total = 0;
        for (int i = 0; i < starts.length; i++) {
            total += ends[i] - starts[i];
        }
        return total;
    }

    /** Total length in minutes, exact (fractions kept). */
    public BigDecimal measureMinutes() {
        return minutes(measureNanos());
    }

    /** Nanoseconds as minutes, to 34 significant digits (exact whenever the decimal terminates). */
    public static BigDecimal minutes(long nanos) {
        // 60e9 has a factor 3: a duration such as 1 ns has no finite decimal in minutes.
        BigDecimal value = BigDecimal.valueOf(nanos).divide(NANOS_PER_MINUTE, java.math.MathContext.DECIMAL128);
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    public TimeSet union(TimeSet other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        long[] s = new long[size() + other.size()];
        long[] e = new long[s.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < size() || j < other.size()) {
            if (j >= other.size() || (i < size() && starts[i] <= other.starts[j])) {
                s[k] = starts[i];
                e[k++] = ends[i++];
            } else {
                s[k] = other.starts[j];
                e[k++] = other.ends[j++];
            }
        }
        return union(s, e, k);
    }

    /** This set without {@code other}: the set difference, not a difference of durations. */
    public TimeSet minus(TimeSet other) {
        if (isEmpty() || other.isEmpty()) {
            return this;
        }
        long[] s = new long[size() + other.size()];
        long[] e = new long[s.length];
        int n = 0;
        int j = 0;
        for (int i = 0; i < size(); i++) {
            long cursor = starts[i];
            long end = ends[i];
            while (j < other.size() && other.ends[j] <= cursor) {
                j++;
            }
            int k = j;
            while (k < other.size() && other.starts[k] < end) {
                if (other.starts[k] > cursor) {
                    s = grow(s, n);
                    e = grow(e, n);
                    s[n] = cursor;
                    e[n++] = other.starts[k];
                }
                cursor = Math.max(cursor, other.ends[k]);
                if (cursor >= end) {
                    break;
                }
                k++;
            }
            if (cursor < end) {
                s = grow(s, n);
                e = grow(e, n);
                s[n] = cursor;
                e[n++] = end;
            }
        }
        return new TimeSet(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    public TimeSet intersect(TimeSet other) {
        if (isEmpty() || other.isEmpty()) {
            return EMPTY;
        }
        long[] s = new long[size() + other.size()];
        long[] e = new long[s.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < size() && j < other.size()) {
            long lo = Math.max(starts[i], other.starts[j]);
            long hi = Math.min(ends[i], other.ends[j]);
            if (lo < hi) {
                s[n] = lo;
                e[n++] = hi;
            }
            if (ends[i] < other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return new TimeSet(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    public TimeSet clip(long startInclusive, long endExclusive) {
        return intersect(span(startInclusive, endExclusive));
    }

    private static long[] grow(long[] array, int needed) {
        return needed < array.length ? array : Arrays.copyOf(array, Math.max(4, array.length * 2));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSet t && Arrays.equals(starts, t.starts) && Arrays.equals(ends, t.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < size(); i++) {
            out.append(i == 0 ? "" : ", ").append('[').append(instant(starts[i])).append(", ").append(instant(ends[i])).append(')');
        }
        return out.append('}').toString();
    }
}
