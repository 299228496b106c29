package io.slakit.core.rules;

import io.slakit.core.interval.TimeSet;

import java.util.Map;
import java.util.TreeMap;

/**
 * The one reading every rule that reads windows, samples or counts gives to exclusion clauses
 * ("相应服务不可用时间不属于服务不可用的计算范畴", "不计入失败请求"): a window that overlaps time
 * attributed to an exclusion clause counts as a window without failures. Its failures are not
 * counted, its requests stay where they are, and the window still counts in the number of windows,
 * so failures wholly inside an excluded span give exactly the result of no failures at all.
 *
 * <p>Not thread-safe: one instance tallies one resource's month.
 */
final class ExcludedWindows {
    private final Map<String, TimeSet> byClause;
    private final TimeSet all;
    private final Map<String, Long> removedByClause = new TreeMap<>();
    private long removed;

    private ExcludedWindows(Map<String, TimeSet> byClause) {
        this.byClause = byClause;
        TimeSet union = TimeSet.empty();
        for (TimeSet set : byClause.values()) {
            union = union.union(set);
        }
        this.all = union;
    }

    /** The excluded time of one resource's month (or event span), per clause. */
    static ExcludedWindows of(IncidentSets sets) {
        return new ExcludedWindows(sets.excludedByClause());
    }

    /**
     * Whether the window {@code [startNanos, startNanos + windowNanos)} overlaps excluded time; if
     * it does, it is tallied under every clause it overlaps. Call it only for windows with failures:
     * a window without failures has nothing to remove.
     */
    boolean removes(long startNanos, long windowNanos) {
        if (all.isEmpty()) {
            return false;
        }
        TimeSet window = TimeSet.span(startNanos, startNanos + windowNanos);
        if (all.intersect(window).isEmpty()) {
            return false;
        }
        removed++;
        byClause.forEach((code, set) -> {
            if (!set.intersect(window).isEmpty()) {
                removedByClause.merge(code, 1L, Long::sum);
            }
        });
        return true;
    }

    /** How many windows with failures were counted as without them. */
    long removed() {
        return removed;
    }

    /** "; 3 window(s) with failures overlap excluded time and count without them (force-majeure: 3)", or "". */
    String explain(String what) {
        if (removed == 0) {
            return "";
        }
        StringBuilder clauses = new StringBuilder();
        removedByClause.forEach((code, n) -> clauses.append(clauses.length() == 0 ? "" : ", ").append(code).append(": ").append(n));
        return "; " + removed + " " + what + " overlap excluded time and count without failures (" + clauses + ")";
    }
}
