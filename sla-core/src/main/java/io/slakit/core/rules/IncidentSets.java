package io.slakit.core.rules;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.core.interval.TimeSet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A resource's incidents as time sets: provider downtime per scope (merged, clipped to the service
 * month, with excluded time removed as a set difference) and excluded time per clause. The
 * building block of every incident-based rule.
 */
public final class IncidentSets {
    private final Map<String, TimeSet> downByScope;
    private final Map<String, TimeSet> excludedByClause;

    private IncidentSets(Map<String, TimeSet> downByScope, Map<String, TimeSet> excludedByClause) {
        this.downByScope = downByScope;
        this.excludedByClause = excludedByClause;
    }

    /**
     * Builds the sets for one resource's month. An exclusion with the resource-wide scope (empty)
     * removes time from every scope; a scoped exclusion only from its own scope.
     */
    public static IncidentSets of(ResourceMonth resource, ServiceMonth month) {
        return of(resource.incidents(), month.start(), month.end());
    }

    /**
     * Builds the sets of {@code incidents} clipped to {@code [from, to)}: a span other than one
     * service month (a service year to date, one event).
     */
    public static IncidentSets of(Collection<Incident> incidents, Instant fromInclusive, Instant toExclusive) {
        long from = TimeSet.nanos(fromInclusive);
        long to = TimeSet.nanos(toExclusive);
        Map<String, Spans> provider = new TreeMap<>();
        Map<String, Spans> excludedScope = new TreeMap<>();
        Map<String, Spans> excludedClause = new TreeMap<>();
        for (Incident incident : incidents) {
            long s = TimeSet.nanos(incident.startInclusive());
            long e = TimeSet.nanos(incident.endExclusive());
            if (incident.attribution().isExcluded()) {
                excludedScope.computeIfAbsent(incident.scope(), k -> new Spans()).add(s, e);
                excludedClause.computeIfAbsent(incident.attribution().exclusionCode().orElseThrow(), k -> new Spans()).add(s, e);
            } else {
                provider.computeIfAbsent(incident.scope(), k -> new Spans()).add(s, e);
            }
        }
        TimeSet everywhere = excludedScope.containsKey("") ? excludedScope.get("").toSet() : TimeSet.empty();
        Map<String, TimeSet> down = new LinkedHashMap<>();
        provider.forEach((scope, spans) -> {
            TimeSet excluded = scope.isEmpty() ? everywhere
                    : everywhere.union(excludedScope.containsKey(scope) ? excludedScope.get(scope).toSet() : TimeSet.empty());
            down.put(scope, spans.toSet().clip(from, to).minus(excluded));
        });
        Map<String, TimeSet> clauses = new LinkedHashMap<>();
        excludedClause.forEach((code, spans) -> clauses.put(code, spans.toSet().clip(from, to)));
        return new IncidentSets(down, clauses);
    }

    /** Provider downtime per scope; the resource itself is the empty scope. */
    public Map<String, TimeSet> downByScope() {
        return downByScope;
    }

    /** Provider downtime of all scopes together. */
    public TimeSet downAnywhere() {
        TimeSet all = TimeSet.empty();
        for (TimeSet set : downByScope.values()) {
            all = all.union(set);
        }
        return all;
    }

    /** Excluded time per clause code, clipped to the month. */
    public Map<String, TimeSet> excludedByClause() {
        return excludedByClause;
    }

    /** Excluded minutes per clause code, exact. */
    public Map<String, BigDecimal> excludedMinutes() {
        Map<String, BigDecimal> minutes = new LinkedHashMap<>();
        excludedByClause.forEach((code, set) -> minutes.put(code, set.measureMinutes()));
        return minutes;
    }

    /** Growable parallel arrays of spans, so building a set does not box. */
    private static final class Spans {
        private long[] starts = new long[4];
        private long[] ends = new long[4];
        private int size;

        void add(long s, long e) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            starts[size] = s;
            ends[size++] = e;
        }

        TimeSet toSet() {
            return TimeSet.union(starts, ends, size);
        }
    }

    /** Counted minutes of each span of {@code set} under a threshold and rounding; spans the threshold ignores count 0. */
    public static BigDecimal countedMinutes(TimeSet set, Threshold threshold, Rounding rounding) {
        if (rounding != Rounding.EXACT) {
            return BigDecimal.valueOf(WholeMinuteKernel.countedMinutes(set, threshold, rounding));
        }
        long nanosCounted = 0;
        for (int i = 0; i < set.size(); i++) {
            long nanos = set.end(i) - set.start(i);
            if (!threshold.ignores(nanos)) {
                nanosCounted += nanos;
            }
        }
        return Rounding.EXACT.minutes(nanosCounted);
    }

    /** The spans of a set, for explanations. */
    static List<String> describe(TimeSet set) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            out.add(TimeSet.instant(set.start(i)) + "/" + TimeSet.instant(set.end(i)));
        }
        return out;
    }
}
