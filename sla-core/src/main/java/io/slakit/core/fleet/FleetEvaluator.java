package io.slakit.core.fleet;

import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.spi.MinuteKernel;
import io.slakit.api.spi.WindowKernel;
import io.slakit.core.interval.SpanArrays;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.InputErrors;

import java.util.Optional;

/**
 * One thread's evaluator of a {@link FleetPlan}: scratch arrays reused from one resource to the
 * next around the plan's kernels. Not thread-safe.
 */
public final class FleetEvaluator {
    private final FleetPlan plan;
    private final ServiceMonth month;
    private final MinuteKernel minutes;
    private final WindowKernel windows;
    private final long totalMinutes;
    private final long from;
    private final long to;
    private long[] providerStarts = new long[16];
    private long[] providerEnds = new long[16];
    private long[] excludedStarts = new long[16];
    private long[] excludedEnds = new long[16];
    private long[] pieceStarts = new long[32];
    private long[] pieceEnds = new long[32];

    FleetEvaluator(FleetPlan plan) {
        this.plan = plan;
        this.month = plan.month();
        this.minutes = plan.minuteKernel();
        this.windows = plan.windowKernel();
        this.totalMinutes = plan.table().totalMinutes();
        this.from = TimeSet.nanos(month.start());
        this.to = TimeSet.nanos(month.end());
    }

    /**
     * Counted downtime minutes of one resource's incidents {@code [first, last)}: clipped to the
     * month, provider time merged, excluded time ({@code clauses[i] >= 0}) removed, the outages
     * counted by the plan's {@link MinuteKernel}, the sum capped at the month.
     */
    public long incidentMinutes(long[] starts, long[] ends, int[] clauses, int first, int last) {
        int count = last - first;
        if (providerStarts.length < count) {
            grow(count);
        }
        int provider = 0;
        int excluded = 0;
        for (int i = first; i < last; i++) {
            long s = starts[i];
            long e = ends[i];
            if (e <= from || s >= to) {
                throw InputErrors.incidentOutsideMonth("incidents[" + (i - first) + "].start", TimeSet.instant(s), TimeSet.instant(e), month);
            }
            s = Math.max(s, from);
            e = Math.min(e, to);
            if (clauses[i] < 0) {
                providerStarts[provider] = s;
                providerEnds[provider++] = e;
            } else {
                excludedStarts[excluded] = s;
                excludedEnds[excluded++] = e;
            }
        }
        provider = SpanArrays.sortAndMerge(providerStarts, providerEnds, provider);
        long[] outageStarts = providerStarts;
        long[] outageEnds = providerEnds;
        int outages = provider;
        if (excluded > 0 && provider > 0) {
            excluded = SpanArrays.sortAndMerge(excludedStarts, excludedEnds, excluded);
            outages = SpanArrays.minus(providerStarts, providerEnds, provider, excludedStarts, excludedEnds, excluded, pieceStarts, pieceEnds);
            outageStarts = pieceStarts;
            outageEnds = pieceEnds;
        }
        // The month cannot be less than 0 % available, however many short outages round up.
        return Math.min(minutes.countedMinutes(outageStarts, outageEnds, outages), totalMinutes);
    }

    /**
     * Counted downtime minutes of one resource's dense windows {@code [first, first + count)}
     * ({@code count} is the plan's {@link FleetPlan#windowsPerMonth()}), by the plan's {@link WindowKernel}.
     */
    public long windowMinutes(int[] totals, int[] failures, int first, int count) {
        if (count != windows.windowsPerMonth()) {
            throw new IllegalArgumentException(count + " windows given; the plan's month has " + windows.windowsPerMonth());
        }
        return Math.min(windows.countedMinutes(totals, failures, first), totalMinutes);
    }

    /**
     * Counted downtime minutes of an {@link FleetPlan#accepts accepted} resource, with the engine's
     * checks: incidents wholly outside the month, unknown exclusion codes, and windows off the
     * grid, outside the month or given twice are {@link InvalidInputException}s.
     */
    public long unavailableMinutes(ResourceMonth resource) {
        if (minutes != null) {
            var incidents = resource.incidents();
            int n = incidents.size();
            long[] starts = new long[n];
            long[] ends = new long[n];
            int[] clauses = new int[n];
            for (int i = 0; i < n; i++) {
                var incident = incidents.get(i);
                starts[i] = TimeSet.nanos(incident.startInclusive());
                ends[i] = TimeSet.nanos(incident.endExclusive());
                Optional<String> code = incident.attribution().exclusionCode();
                if (code.isPresent() && !plan.isExclusionCode(code.get())) {
                    throw InputErrors.unknownExclusion("incidents[" + i + "].exclusion", code.get(), plan.exclusionCodes());
                }
                clauses[i] = code.isPresent() ? 0 : -1;
            }
            return incidentMinutes(starts, ends, clauses, 0, n);
        }
        int perMonth = windows.windowsPerMonth();
        int[] totals = new int[perMonth];
        int[] failures = new int[perMonth];
        boolean[] seen = new boolean[perMonth];
        var samples = resource.windows();
        for (int i = 0; i < samples.size(); i++) {
            var sample = samples.get(i);
            // Field paths are built only for an error: this runs once a window.
            int index = plan.windowSlot(TimeSet.nanos(sample.start()));
            if (index < 0) {
                throw plan.windowError(index, "windows[" + i + "].start", sample.start());
            }
            if (seen[index]) {
                throw InputErrors.windowTwice("windows", sample.start());
            }
            if (!FleetInput.validWindowCounts(sample.total(), sample.failed())) {
                FleetInput.checkWindowCounts("windows[" + i + "].", sample.total(), sample.failed());
            }
            seen[index] = true;
            totals[index] = (int) sample.total();
            failures[index] = (int) sample.failed();
        }
        return windowMinutes(totals, failures, 0, perMonth);
    }

    private void grow(int count) {
        int size = Integer.highestOneBit(count) * 2;
        providerStarts = new long[size];
        providerEnds = new long[size];
        excludedStarts = new long[size];
        excludedEnds = new long[size];
        pieceStarts = new long[2 * size];
        pieceEnds = new long[2 * size];
    }
}
