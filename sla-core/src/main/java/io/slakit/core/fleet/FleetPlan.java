package io.slakit.core.fleet;

import io.slakit.api.CapRule;
import io.slakit.api.CreditBasis;
import io.slakit.api.Edition;
import io.slakit.api.InvalidInputException;
import io.slakit.api.Metric;
import io.slakit.api.Money;
import io.slakit.api.MonthRule;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.SlaDefinition;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.interval.SpanArrays;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.IncidentMinutes;
import io.slakit.core.rules.InputErrors;
import io.slakit.core.rules.Rounding;
import io.slakit.core.rules.Threshold;
import io.slakit.core.rules.TieredCredit;
import io.slakit.core.rules.WindowedRate;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One definition's edition compiled for one calendar month into decision values: the fleet path.
 *
 * <p>It covers the shape most of a fleet has: a resource with a fee and nothing else (no region or
 * zone, no other fees, one unit, the whole month), whose edition then has exactly one metric that
 * applies, measured by per-resource incident minutes rounded to whole minutes or by a windowed
 * rate, and paid by a tiered credit on the monthly fee. For that shape the answer is the one
 * {@link SlaEngine} gives (a test compares both on random fleets), computed on primitive arrays:
 * downtime in whole minutes is compared with each tier's precomputed limit ({@link DecisionTable})
 * and credits are kept in minor units; the exact {@link io.slakit.api.Availability} is built only
 * when a result is read. Anything else is evaluated by the engine: {@link #compile} says why not.
 *
 * <p>Immutable and thread-safe; each thread takes its own {@link #newEvaluator() evaluator}.
 */
public final class FleetPlan {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    /** What a plan measures. */
    public enum Kind {
        INCIDENT_MINUTES, WINDOWED_RATE
    }

    private final SlaDefinition definition;
    private final Edition edition;
    private final ServiceMonth month;
    /** The month's first instant in epoch nanoseconds, read on every window a CSV row places. */
    private final long monthStartNanos;
    private final Metric metric;
    private final Kind kind;
    private final DecisionTable table;
    private final boolean capAtFee;
    private final Set<String> exclusionCodes;
    // Incident minutes.
    private final long thresholdNanos;
    private final boolean thresholdIgnoresExact;
    private final boolean roundUp;
    // Windowed rate: a window is bad when its counts pass the criterion.
    private final WindowedRate.Criterion criterion;
    private final long rateNumerator;
    private final long rateScale;
    private final long minimumRequests;
    private final int consecutive;
    private final long windowNanos;
    private final int windowsPerMonth;

    private FleetPlan(SlaDefinition definition, Edition edition, ServiceMonth month, Metric metric) {
        this.definition = definition;
        this.edition = edition;
        this.month = month;
        this.monthStartNanos = TimeSet.nanos(month.start());
        this.metric = metric;
        this.table = DecisionTable.of(month.totalMinutes(), metric.commitment(), metric.credit().tiers());
        this.capAtFee = definition.cap() != CapRule.NONE;
        this.exclusionCodes = SlaEngine.exclusionCodes(definition);
        if (metric.measurement() instanceof IncidentMinutes minutes) {
            kind = Kind.INCIDENT_MINUTES;
            Threshold threshold = minutes.threshold();
            thresholdNanos = threshold.length().toNanos();
            thresholdIgnoresExact = threshold.ignoresExactLength();
            roundUp = minutes.rounding() == Rounding.UP_TO_MINUTE;
            criterion = null;
            rateNumerator = rateScale = minimumRequests = windowNanos = 0;
            consecutive = windowsPerMonth = 0;
        } else {
            WindowedRate rate = (WindowedRate) metric.measurement();
            kind = Kind.WINDOWED_RATE;
            thresholdNanos = 0;
            thresholdIgnoresExact = roundUp = false;
            criterion = rate.criterion();
            BigDecimal percent = rate.percent().orElse(BigDecimal.ZERO);
            int scale = Math.max(0, percent.stripTrailingZeros().scale());
            // rate > p %  <=>  count x 100 x 10^s > p x 10^s x total: exact integer comparisons.
            rateNumerator = percent.movePointRight(scale).longValueExact();
            rateScale = BigDecimal.ONE.movePointRight(scale + 2).longValueExact();
            minimumRequests = rate.minimumRequests();
            consecutive = rate.consecutive();
            windowNanos = rate.window().orElseThrow().toNanos();
            windowsPerMonth = Math.toIntExact(month.length().toNanos() / windowNanos);
        }
    }

    /** The plan for {@code edition} of {@code definition} in {@code month}, or why there is none. */
    public static Compilation compile(SlaDefinition definition, Edition edition, YearMonth month) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(month, "month");
        if (definition.monthRule() != MonthRule.CALENDAR_WITH_PARTIAL && definition.monthRule() != MonthRule.WHOLE_CALENDAR_ONLY) {
            return Compilation.unsupported("its service months are " + definition.monthRule() + ", not calendar months");
        }
        ResourceMonth plain = ResourceMonth.builder("probe", Money.of("1", "CNY")).build();
        List<Metric> applicable = edition.metrics().stream().filter(m -> m.measurement().applicableTo(plain)).toList();
        if (applicable.size() != 1) {
            return Compilation.unsupported(applicable.size() + " metrics apply to a resource with only a fee; the fleet path takes one");
        }
        Metric metric = applicable.get(0);
        if (!(metric.credit() instanceof TieredCredit)) {
            return Compilation.unsupported("metric " + metric.id() + " is not paid by a tiered credit");
        }
        if (!CreditBasis.MONTHLY_FEE.equals(metric.basis())) {
            return Compilation.unsupported("metric " + metric.id() + " pays on the " + metric.basis() + " fee");
        }
        if (metric.measurement() instanceof IncidentMinutes minutes) {
            if (!minutes.rule().equals("incident-minutes") || minutes.rounding() == Rounding.EXACT) {
                return Compilation.unsupported("metric " + metric.id() + " is not per-resource incident minutes in whole minutes");
            }
        } else if (!(metric.measurement() instanceof WindowedRate)) {
            return Compilation.unsupported("metric " + metric.id() + " is measured by " + metric.measurement().rule());
        } else {
            ServiceMonth calendar = ServiceMonth.calendar(month, definition.zone());
            var transition = definition.zone().getRules().nextTransition(calendar.start());
            if (transition != null && transition.getInstant().isBefore(calendar.end())) {
                // Windows align to local midnight; counting them from the month's first instant needs a fixed offset.
                return Compilation.unsupported("the zone " + definition.zone() + " changes its offset within " + month);
            }
        }
        return new Compilation(Optional.of(new FleetPlan(definition, edition, ServiceMonth.calendar(month, definition.zone()), metric)), "");
    }

    /** A plan, or the reason the definition needs the engine. */
    public record Compilation(Optional<FleetPlan> plan, String unsupportedReason) {
        static Compilation unsupported(String reason) {
            return new Compilation(Optional.empty(), reason);
        }
    }

    public SlaDefinition definition() {
        return definition;
    }

    public Edition edition() {
        return edition;
    }

    public ServiceMonth month() {
        return month;
    }

    public Metric metric() {
        return metric;
    }

    public Kind kind() {
        return kind;
    }

    public DecisionTable table() {
        return table;
    }

    /** Windows of the month a {@link Kind#WINDOWED_RATE} plan reads per resource (8,928 five-minute windows in 31 days). */
    public int windowsPerMonth() {
        return windowsPerMonth;
    }

    public long windowNanos() {
        return windowNanos;
    }

    /** Whether {@code code} names an exclusion clause of the definition. */
    public boolean isExclusionCode(String code) {
        return exclusionCodes.contains(code);
    }

    Set<String> exclusionCodes() {
        return exclusionCodes;
    }

    /** The credit for {@code downMinutes} on a fee of {@code feeMinor}, capped as the definition caps it. */
    public long creditMinor(long feeMinor, int tierIndex) {
        long credit = table.creditMinor(feeMinor, tierIndex);
        return capAtFee ? Math.min(credit, feeMinor) : credit;
    }

    /** Evaluates a batch of resources with incidents (this plan must be {@link Kind#INCIDENT_MINUTES}). */
    public FleetResult evaluate(IncidentBatch batch) {
        requireKind(Kind.INCIDENT_MINUTES);
        for (String code : batch.codes()) {
            if (!exclusionCodes.contains(code)) {
                throw InputErrors.unknownExclusion("exclusion", code, exclusionCodes);
            }
        }
        int n = batch.size();
        long[] down = new long[n];
        byte[] tiers = new byte[n];
        long[] credits = new long[n];
        Evaluator evaluator = newEvaluator();
        int[] offsets = batch.offsets();
        for (int r = 0; r < n; r++) {
            long minutes;
            try {
                minutes = evaluator.incidentMinutes(batch.starts(), batch.ends(), batch.clauses(), offsets[r], offsets[r + 1]);
            } catch (InvalidInputException e) {
                throw e.under("resources[" + r + "]");
            }
            int tier = table.tierIndex(minutes);
            down[r] = minutes;
            tiers[r] = (byte) tier;
            credits[r] = creditMinor(batch.feeMinor(r), tier);
        }
        return new FleetResult(this, batch.currency(), batch.ids(), batch.feesMinor(), down, tiers, credits);
    }

    /** Evaluates a batch of resources with dense window counts (this plan must be {@link Kind#WINDOWED_RATE}). */
    public FleetResult evaluate(WindowBatch batch) {
        requireKind(Kind.WINDOWED_RATE);
        if (batch.windowsPerResource() != windowsPerMonth) {
            throw new IllegalArgumentException("the batch holds " + batch.windowsPerResource() + " windows a resource; this plan's month has "
                    + windowsPerMonth);
        }
        int n = batch.size();
        long[] down = new long[n];
        byte[] tiers = new byte[n];
        long[] credits = new long[n];
        Evaluator evaluator = newEvaluator();
        for (int r = 0; r < n; r++) {
            long minutes = evaluator.windowMinutes(batch.totals(), batch.failures(), r * windowsPerMonth, windowsPerMonth);
            int tier = table.tierIndex(minutes);
            down[r] = minutes;
            tiers[r] = (byte) tier;
            credits[r] = creditMinor(batch.feeMinor(r), tier);
        }
        return new FleetResult(this, batch.currency(), batch.ids(), batch.feesMinor(), down, tiers, credits);
    }

    /** A builder for this plan's window batches: dense, one slot per window of the month. */
    public WindowBatch.Builder windowBatch(Currency currency) {
        requireKind(Kind.WINDOWED_RATE);
        return new WindowBatch.Builder(currency, this);
    }

    private void requireKind(Kind expected) {
        if (kind != expected) {
            throw new IllegalStateException(definition.product() + " " + metric.id() + " is measured by " + kind + ", not " + expected);
        }
    }

    /**
     * Whether this plan decides {@code resource} as the engine would: a fee in whole minor units
     * and nothing else (no region or zone, other fees, units, active span, durability or earlier
     * incidents), unscoped and unweighted incidents, and only the input the plan's metric reads.
     * Any other resource goes to the engine.
     */
    public boolean accepts(ResourceMonth resource) {
        if (!resource.region().isEmpty() || !resource.zone().isEmpty() || !resource.otherFees().isEmpty() || resource.units() != 1
                || resource.activeFrom().isPresent() || resource.activeUntil().isPresent() || resource.durability().isPresent()
                || !resource.priorIncidents().isEmpty()) {
            return false;
        }
        if (Fees.minorUnits(resource.fee()).isEmpty()) {
            return false;
        }
        for (var incident : resource.incidents()) {
            if (!incident.scope().isEmpty() || incident.requestShare().isPresent()) {
                return false;
            }
        }
        return kind == Kind.INCIDENT_MINUTES ? resource.windows().isEmpty() : resource.incidents().isEmpty();
    }

    /** The fee of an {@link #accepts accepted} resource in minor units. */
    public static long feeMinor(ResourceMonth resource) {
        return Fees.minorUnits(resource.fee()).orElseThrow(() -> new IllegalArgumentException(resource.id() + " is not accepted"));
    }

    /** {@link #windowSlot} for a start off the window grid. */
    public static final int NOT_ALIGNED = -1;
    /** {@link #windowSlot} for a start outside the month. */
    public static final int OUTSIDE_MONTH = -2;

    /**
     * The window slot (0 = the month's first window) a sample starting at {@code startNanos} fills,
     * or {@link #NOT_ALIGNED} / {@link #OUTSIDE_MONTH}: no allocation, for the row-reading loop.
     */
    public int windowSlot(long startNanos) {
        long offset = startNanos - monthStartNanos;
        if (Math.floorMod(offset, windowNanos) != 0) {
            return NOT_ALIGNED;
        }
        long index = Math.floorDiv(offset, windowNanos);
        return index < 0 || index >= windowsPerMonth ? OUTSIDE_MONTH : (int) index;
    }

    /** The bad input a negative {@link #windowSlot} stands for, on {@code field} showing {@code shown}. */
    public InvalidInputException windowError(int slot, String field, Object shown) {
        return slot == NOT_ALIGNED ? InputErrors.windowNotAligned(field, shown, windowNanos / NANOS_PER_MINUTE, month)
                : InputErrors.windowOutsideMonth(field, shown, month);
    }

    /** Request counts a columnar window holds: {@code 0 <= failed <= total <= 2,147,483,647}. */
    public static boolean validWindowCounts(long total, long failed) {
        return total >= 0 && total <= Integer.MAX_VALUE && failed >= 0 && failed <= total;
    }

    /** Throws the bad input {@link #validWindowCounts} rejects, on {@code path + "total"} or {@code path + "failed"}. */
    public static void checkWindowCounts(String path, long total, long failed) {
        if (total < 0 || total > Integer.MAX_VALUE) {
            throw new InvalidInputException(path + "total", total, total < 0 ? "is negative" : "exceeds 2,147,483,647 requests in one window");
        }
        if (failed < 0 || failed > total) {
            throw new InvalidInputException(path + "failed", failed, failed < 0 ? "is negative" : "is greater than total \"" + total + "\"");
        }
    }

    /** Per-thread scratch for the kernels; not thread-safe. */
    public Evaluator newEvaluator() {
        return new Evaluator();
    }

    /** The kernels, with scratch arrays reused from one resource to the next. */
    public final class Evaluator {
        private long[] providerStarts = new long[16];
        private long[] providerEnds = new long[16];
        private long[] excludedStarts = new long[16];
        private long[] excludedEnds = new long[16];
        private long[] pieceStarts = new long[32];
        private long[] pieceEnds = new long[32];
        private final long from = TimeSet.nanos(month.start());
        private final long to = TimeSet.nanos(month.end());

        private Evaluator() {
        }

        /**
         * Counted downtime minutes of one resource's incidents {@code [first, last)}: clipped to the
         * month, provider time merged, excluded time ({@code clauses[i] >= 0}) removed, each outage
         * thresholded and rounded, the sum capped at the month.
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
                outages = SpanArrays.minus(providerStarts, providerEnds, provider, excludedStarts, excludedEnds, excluded,
                        pieceStarts, pieceEnds);
                outageStarts = pieceStarts;
                outageEnds = pieceEnds;
            }
            long minutes = 0;
            for (int i = 0; i < outages; i++) {
                long nanos = outageEnds[i] - outageStarts[i];
                if (thresholdIgnoresExact ? nanos <= thresholdNanos : nanos < thresholdNanos) {
                    continue;
                }
                minutes += roundUp ? (nanos + NANOS_PER_MINUTE - 1) / NANOS_PER_MINUTE : nanos / NANOS_PER_MINUTE;
            }
            return Math.min(minutes, table.totalMinutes());
        }

        /**
         * Counted downtime minutes of an {@link #accepts accepted} resource, with the engine's
         * checks: incidents wholly outside the month, unknown exclusion codes, and windows off the
         * grid, outside the month or given twice are {@link InvalidInputException}s.
         */
        public long unavailableMinutes(ResourceMonth resource) {
            if (kind == Kind.INCIDENT_MINUTES) {
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
                    if (code.isPresent() && !exclusionCodes.contains(code.get())) {
                        throw InputErrors.unknownExclusion("incidents[" + i + "].exclusion", code.get(), exclusionCodes);
                    }
                    clauses[i] = code.isPresent() ? 0 : -1;
                }
                return incidentMinutes(starts, ends, clauses, 0, n);
            }
            int[] totals = new int[windowsPerMonth];
            int[] failures = new int[windowsPerMonth];
            boolean[] seen = new boolean[windowsPerMonth];
            var windows = resource.windows();
            for (int i = 0; i < windows.size(); i++) {
                var sample = windows.get(i);
                // Field paths are built only for an error: this runs once a window.
                int index = windowSlot(TimeSet.nanos(sample.start()));
                if (index < 0) {
                    throw windowError(index, "windows[" + i + "].start", sample.start());
                }
                if (seen[index]) {
                    throw InputErrors.windowTwice("windows", sample.start());
                }
                if (!validWindowCounts(sample.total(), sample.failed())) {
                    checkWindowCounts("windows[" + i + "].", sample.total(), sample.failed());
                }
                seen[index] = true;
                totals[index] = (int) sample.total();
                failures[index] = (int) sample.failed();
            }
            return windowMinutes(totals, failures, 0, windowsPerMonth);
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

        /**
         * Counted downtime minutes of one resource's dense windows {@code [first, first + count)}:
         * bad windows by the plan's criterion, runs shorter than the consecutive rule dropped.
         */
        public long windowMinutes(int[] totals, int[] failures, int first, int count) {
            long counted = 0;
            int run = 0;
            final int c = consecutive;
            for (int i = first, end = first + count; i < end; i++) {
                long total = totals[i];
                long failed = failures[i];
                if (isBad(total, failed)) {
                    run++;
                    counted += run == c ? c : run > c ? 1 : 0;
                } else {
                    run = 0;
                }
            }
            return Math.min(counted * (windowNanos / NANOS_PER_MINUTE), table.totalMinutes());
        }

        private boolean isBad(long total, long failed) {
            if (total == 0 || total < minimumRequests) {
                return false;
            }
            return switch (criterion) {
                case ERROR_RATE_ABOVE -> failed * rateScale > rateNumerator * total;
                case ERROR_RATE_AT_LEAST -> failed * rateScale >= rateNumerator * total;
                case SUCCESS_RATE_BELOW -> (total - failed) * rateScale < rateNumerator * total;
                case EVERY_ATTEMPT_FAILED -> failed == total;
                // the "percent" of this criterion is the whole count of failures (scale 0, so rateNumerator is the count)
                case FAILED_COUNT_AT_LEAST -> failed >= rateNumerator;
            };
        }
    }
}
