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
import io.slakit.api.spi.CreditKernel;
import io.slakit.api.spi.MetricKernel;
import io.slakit.api.spi.MinuteKernel;
import io.slakit.api.spi.WindowKernel;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One definition's edition compiled for one calendar month: the fleet path, a composition of the
 * kernels the metric's own rules compile into.
 *
 * <p>It covers the shape most of a fleet has: a resource with a fee and nothing else, whose edition
 * has exactly one metric that applies, paid on the monthly fee, whose measurement compiles into a
 * {@link MinuteKernel} or a {@link WindowKernel} ({@link io.slakit.api.spi.Measurement#compile})
 * and whose credit compiles into a {@link CreditKernel} ({@link io.slakit.api.spi.CreditRule#compile}).
 * A rule that does not compile for the month is evaluated by {@link io.slakit.core.engine.SlaEngine}: {@link #compile}
 * says why. The kernels are the rules' own arithmetic, so the answer is the engine's (a test
 * compares both on random fleets); downtime stays in whole minutes and credits in minor units, and
 * the exact {@link io.slakit.api.Availability} is built only when a result is read.
 *
 * <p>Immutable and thread-safe; each thread takes its own {@link #newEvaluator() evaluator}.
 */
public final class FleetPlan {

    /** What a plan measures: which kernel its metric compiled into. */
    public enum Kind {
        INCIDENT_MINUTES, WINDOWED_RATE
    }

    private final SlaDefinition definition;
    private final Edition edition;
    private final ServiceMonth month;
    private final Metric metric;
    private final MinuteKernel minutes;
    private final WindowKernel windows;
    private final WindowGrid grid;
    private final CreditKernel table;
    private final boolean capAtFee;
    private final Set<String> exclusionCodes;

    private FleetPlan(SlaDefinition definition, Edition edition, ServiceMonth month, Metric metric, MetricKernel kernel, CreditKernel table) {
        this.definition = definition;
        this.edition = edition;
        this.month = month;
        this.metric = metric;
        this.minutes = kernel instanceof MinuteKernel m ? m : null;
        this.windows = kernel instanceof WindowKernel w ? w : null;
        this.grid = windows == null ? null : new WindowGrid(month, windows);
        this.table = table;
        this.capAtFee = definition.cap() != CapRule.NONE;
        this.exclusionCodes = definition.exclusionCodes();
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
        if (!CreditBasis.MONTHLY_FEE.equals(metric.basis())) {
            return Compilation.unsupported("metric " + metric.id() + " pays on the " + metric.basis() + " fee");
        }
        ServiceMonth calendar = ServiceMonth.calendar(month, definition.zone());
        Optional<MetricKernel> kernel = metric.measurement().compile(calendar);
        if (kernel.isEmpty()) {
            return Compilation.unsupported("metric " + metric.id() + " is measured by " + metric.measurement().rule()
                    + ", which does not compile into a fleet kernel for " + month + " in " + definition.zone());
        }
        Optional<CreditKernel> table = metric.credit().compile(calendar.totalMinutes(), metric.commitment());
        if (table.isEmpty()) {
            return Compilation.unsupported("metric " + metric.id() + " is not paid by a tiered credit");
        }
        return new Compilation(Optional.of(new FleetPlan(definition, edition, calendar, metric, kernel.get(), table.get())), "");
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
        return minutes != null ? Kind.INCIDENT_MINUTES : Kind.WINDOWED_RATE;
    }

    /** The metric's credit rule compiled for the month: tiers by downtime minutes, credits in minor units. */
    public CreditKernel table() {
        return table;
    }

    /** Windows of the month a {@link Kind#WINDOWED_RATE} plan reads per resource (8,928 five-minute windows in 31 days). */
    public int windowsPerMonth() {
        return windows == null ? 0 : windows.windowsPerMonth();
    }

    public long windowNanos() {
        return windows == null ? 0 : windows.windowNanos();
    }

    /** Whether {@code code} names an exclusion clause of the definition. */
    public boolean isExclusionCode(String code) {
        return exclusionCodes.contains(code);
    }

    Set<String> exclusionCodes() {
        return exclusionCodes;
    }

    MinuteKernel minuteKernel() {
        return minutes;
    }

    WindowKernel windowKernel() {
        return windows;
    }

    /** The credit for {@code downMinutes} in tier {@code tierIndex} on a fee of {@code feeMinor}, capped as the definition caps it. */
    public long creditMinor(long feeMinor, int tierIndex, long downMinutes) {
        long credit = table.creditMinor(feeMinor, tierIndex, downMinutes);
        return capAtFee ? Math.min(credit, feeMinor) : credit;
    }

    /** Evaluates a batch of resources with incidents (this plan must be {@link Kind#INCIDENT_MINUTES}). */
    public FleetResult evaluate(IncidentBatch batch) {
        requireKind(Kind.INCIDENT_MINUTES);
        FleetInput.checkExclusionCodes(batch.codes(), exclusionCodes);
        FleetEvaluator evaluator = newEvaluator();
        int[] offsets = batch.offsets();
        FleetResult.Builder result = new FleetResult.Builder(this, batch.size());
        for (int r = 0; r < batch.size(); r++) {
            long down;
            try {
                down = evaluator.incidentMinutes(batch.starts(), batch.ends(), batch.clauses(), offsets[r], offsets[r + 1]);
            } catch (InvalidInputException e) {
                throw e.under("resources[" + r + "]");
            }
            result.decide(r, batch.feeMinor(r), down);
        }
        return result.build(batch.currency(), batch.ids(), batch.feesMinor());
    }

    /** Evaluates a batch of resources with dense window counts (this plan must be {@link Kind#WINDOWED_RATE}). */
    public FleetResult evaluate(WindowBatch batch) {
        requireKind(Kind.WINDOWED_RATE);
        int perResource = windows.windowsPerMonth();
        if (batch.windowsPerResource() != perResource) {
            throw new IllegalArgumentException("the batch holds " + batch.windowsPerResource() + " windows a resource; this plan's month has "
                    + perResource);
        }
        FleetEvaluator evaluator = newEvaluator();
        FleetResult.Builder result = new FleetResult.Builder(this, batch.size());
        for (int r = 0; r < batch.size(); r++) {
            result.decide(r, batch.feeMinor(r), evaluator.windowMinutes(batch.totals(), batch.failures(), r * perResource, perResource));
        }
        return result.build(batch.currency(), batch.ids(), batch.feesMinor());
    }

    /** A builder for this plan's window batches: dense, one slot per window of the month. */
    public WindowBatch.Builder windowBatch(Currency currency) {
        requireKind(Kind.WINDOWED_RATE);
        return new WindowBatch.Builder(currency, this);
    }

    private void requireKind(Kind expected) {
        if (kind() != expected) {
            throw new IllegalStateException(definition.product() + " " + metric.id() + " is measured by " + kind() + ", not " + expected);
        }
    }

    /** Whether this plan decides {@code resource} as the engine would: see {@link FleetInput#accepts}. */
    public boolean accepts(ResourceMonth resource) {
        return FleetInput.accepts(resource, kind());
    }

    /** The fee of an {@link #accepts accepted} resource in minor units. */
    public static long feeMinor(ResourceMonth resource) {
        return FleetInput.feeMinor(resource);
    }

    /** {@link #windowSlot} for a start off the window grid. */
    public static final int NOT_ALIGNED = WindowGrid.NOT_ALIGNED;
    /** {@link #windowSlot} for a start outside the month. */
    public static final int OUTSIDE_MONTH = WindowGrid.OUTSIDE_MONTH;

    /**
     * The window slot (0 = the month's first window) a sample starting at {@code startNanos} fills,
     * or {@link #NOT_ALIGNED} / {@link #OUTSIDE_MONTH}: no allocation, for the row-reading loop.
     */
    public int windowSlot(long startNanos) {
        return grid.slot(startNanos);
    }

    /** The bad input a negative {@link #windowSlot} stands for, on {@code field} showing {@code shown}. */
    public InvalidInputException windowError(int slot, String field, Object shown) {
        return grid.error(slot, field, shown);
    }

    /** Request counts a columnar window holds: see {@link FleetInput#validWindowCounts}. */
    public static boolean validWindowCounts(long total, long failed) {
        return FleetInput.validWindowCounts(total, failed);
    }

    /** Throws the bad input {@link #validWindowCounts} rejects: see {@link FleetInput#checkWindowCounts}. */
    public static void checkWindowCounts(String path, long total, long failed) {
        FleetInput.checkWindowCounts(path, total, failed);
    }

    /** Per-thread scratch for the kernels; not thread-safe. */
    public FleetEvaluator newEvaluator() {
        return new FleetEvaluator(this);
    }

    WindowGrid grid() {
        return grid;
    }
}
