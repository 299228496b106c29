package io.slakit.cli;

import io.slakit.api.InvalidInputException;
import io.slakit.api.Metric;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Incident;
import io.slakit.api.Attribution;
import io.slakit.api.WindowSample;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.fleet.FleetEvaluator;
import io.slakit.core.fleet.FleetPlan;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.rules.InputErrors;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code evaluate --format csv} on the CSV pair through the fleet path: rows are parsed from bytes
 * into primitive arrays, one resource at a time, and decided on whole minutes against the plan's
 * precomputed limits. A resource the fleet path does not cover (a fee finer than the currency's
 * minor unit) is evaluated by the engine from the same rows. Memory: one resource's rows in the
 * grouped mode, one partition's otherwise ({@link CsvGroups}).
 */
final class FleetCsv {
    /** Resource columns the fleet path reads; any other column (region, zone, units...) needs the engine. */
    static final Set<String> RESOURCE_COLUMNS = Set.of("id", "fee");
    static final Set<String> INCIDENT_COLUMNS = Set.of("resource", "start", "end", "exclusion");
    static final Set<String> WINDOW_COLUMNS = Set.of("resource", "start", "total", "failed");

    private final FleetPlan plan;
    private final CsvReportWriter writer;
    private final Currency currency;
    private final int digits;
    private final FleetRows rows;
    private final SlaEngine engine = SlaEngine.standard();
    private final Set<String> codes;
    private long resources;
    /** Credits in minor units while they fit a long; what did not fit, and engine credits, in {@link #carried}. */
    private long creditMinor;
    private BigDecimal carried = BigDecimal.ZERO;
    private long detailRows;

    FleetCsv(FleetPlan plan, CsvReportWriter writer, Currency currency) {
        this.plan = plan;
        this.writer = writer;
        this.currency = currency;
        this.rows = new FleetRows(plan, writer, currency);
        this.digits = rows.digits();
        this.codes = SlaEngine.exclusionCodes(plan.definition());
    }

    long resources() {
        return resources;
    }

    long detailRows() {
        return detailRows;
    }

    Money totalCredit() {
        return Money.of(carried.add(BigDecimal.valueOf(creditMinor, digits)), currency);
    }

    /** Evaluates resources.csv joined with incidents.csv. */
    void incidents(Path resourceFile, ByteCsv resourcesCsv, Path incidentFile, ByteCsv incidentsCsv, boolean grouped, long partitionBytes)
            throws IOException {
        join(resourceFile, resourcesCsv, incidentFile, incidentsCsv, grouped, partitionBytes, incidentVisitor(resourcesCsv, incidentsCsv));
    }

    /** Evaluates each resource it is handed with its incident rows (column positions from the two files' headers). */
    CsvGroups.Visitor incidentVisitor(ByteCsv resourcesCsv, ByteCsv incidentsCsv) {
        int id = resourcesCsv.column("id");
        int fee = resourcesCsv.column("fee");
        int start = incidentsCsv.column("start");
        int end = incidentsCsv.column("end");
        int exclusion = incidentsCsv.column("exclusion");
        FleetEvaluator evaluator = plan.newEvaluator();
        long monthStart = TimeSet.nanos(plan.month().start());
        long monthEnd = TimeSet.nanos(plan.month().end());
        Map<String, Integer> codeIndex = new HashMap<>();
        long[][] spans = {new long[64], new long[64]};
        int[][] clauses = {new int[64]};
        CsvGroups.Visitor visitor = (resource, details) -> {
            int count = 0;
            String resourceId = resource.required(id, "id");
            for (CsvRow row = details.next(); row != null; row = details.next()) {
                try {
                    long s = row.instantNanos(start, "start");
                    long e = row.instantNanos(end, "end");
                    if (e <= s) {
                        throw InputErrors.incidentEndNotAfterStart("end", row.string(end), row.string(start), e == s);
                    }
                    if (e <= monthStart || s >= monthEnd) {
                        throw InputErrors.incidentOutsideMonth("start", row.string(start), row.string(end), plan.month());
                    }
                    int clause = -1;
                    if (!row.isEmpty(exclusion)) {
                        String code = row.string(exclusion);
                        Integer known = codeIndex.get(code);
                        if (known == null) {
                            if (!codes.contains(code)) {
                                throw InputErrors.unknownExclusion("exclusion", code, codes);
                            }
                            known = codeIndex.size();
                            codeIndex.put(code, known);
                        }
                        clause = known;
                    }
                    if (count == ResourceMonth.MAX_INCIDENTS) {
                        throw ResourceMonth.tooMany("incidents", count + 1L, ResourceMonth.MAX_INCIDENTS);
                    }
                    if (count == clauses[0].length) {
                        spans[0] = Arrays.copyOf(spans[0], count * 2);
                        spans[1] = Arrays.copyOf(spans[1], count * 2);
                        clauses[0] = Arrays.copyOf(clauses[0], count * 2);
                    }
                    spans[0][count] = s;
                    spans[1][count] = e;
                    clauses[0][count++] = clause;
                } catch (InvalidInputException ex) {
                    throw ex.under(row.where());
                }
            }
            detailRows += count;
            long feeMinor = minorUnits(resource, fee);
            if (feeMinor < 0) {
                // A fee finer than the minor unit: the engine, from the same rows.
                ResourceMonth.Builder b = ResourceMonth.builder(resourceId, feeOf(resource, fee));
                for (int i = 0; i < count; i++) {
                    b.incident(new Incident(TimeSet.instant(spans[0][i]), TimeSet.instant(spans[1][i]), "",
                            clauses[0][i] < 0 ? Attribution.provider() : Attribution.excluded(codeName(codeIndex, clauses[0][i]))));
                }
                viaEngine(b.build(), resource);
                return;
            }
            long down = evaluator.incidentMinutes(spans[0], spans[1], clauses[0], 0, count);
            decide(resourceId, feeMinor, down);
        };
        return located(visitor);
    }

    /** Evaluates resources.csv joined with windows.csv. */
    void windows(Path resourceFile, ByteCsv resourcesCsv, Path windowFile, ByteCsv windowsCsv, boolean grouped, long partitionBytes)
            throws IOException {
        join(resourceFile, resourcesCsv, windowFile, windowsCsv, grouped, partitionBytes, windowVisitor(resourcesCsv, windowsCsv));
    }

    /** Evaluates each resource it is handed with its window rows (column positions from the two files' headers). */
    CsvGroups.Visitor windowVisitor(ByteCsv resourcesCsv, ByteCsv windowsCsv) {
        int id = resourcesCsv.column("id");
        int fee = resourcesCsv.column("fee");
        int start = windowsCsv.column("start");
        int total = windowsCsv.column("total");
        int failed = windowsCsv.column("failed");
        FleetEvaluator evaluator = plan.newEvaluator();
        long monthStart = TimeSet.nanos(plan.month().start());
        long windowNanos = plan.windowNanos();
        int windows = plan.windowsPerMonth();
        int[] totals = new int[windows];
        int[] failures = new int[windows];
        boolean[] seen = new boolean[windows];
        CsvGroups.Visitor visitor = (resource, details) -> {
            String resourceId = resource.required(id, "id");
            Arrays.fill(totals, 0);
            Arrays.fill(failures, 0);
            Arrays.fill(seen, false);
            int count = 0;
            for (CsvRow row = details.next(); row != null; row = details.next()) {
                try {
                    int k = plan.windowSlot(row.instantNanos(start, "start"));
                    if (k < 0) {
                        throw plan.windowError(k, "start", row.string(start));
                    }
                    long t = row.wholeNumber(total, "total");
                    long f = row.wholeNumber(failed, "failed");
                    FleetPlan.checkWindowCounts("", t, f);
                    if (seen[k]) {
                        throw new InvalidInputException("start", row.string(start), "appears twice for " + resourceId + ": one sample per window");
                    }
                    seen[k] = true;
                    totals[k] = (int) t;
                    failures[k] = (int) f;
                    count++;
                } catch (InvalidInputException ex) {
                    throw ex.under(row.where());
                }
            }
            detailRows += count;
            long feeMinor = minorUnits(resource, fee);
            if (feeMinor < 0) {
                ResourceMonth.Builder b = ResourceMonth.builder(resourceId, feeOf(resource, fee));
                for (int k = 0; k < windows; k++) {
                    if (seen[k]) {
                        b.window(WindowSample.of(TimeSet.instant(monthStart + k * windowNanos), totals[k], failures[k]));
                    }
                }
                viaEngine(b.build(), resource);
                return;
            }
            decide(resourceId, feeMinor, evaluator.windowMinutes(totals, failures, 0, windows));
        };
        return located(visitor);
    }

    /** Errors without a file and line get the resource row's. */
    private static CsvGroups.Visitor located(CsvGroups.Visitor visitor) {
        return (resource, rows) -> {
            try {
                visitor.resource(resource, rows);
            } catch (InvalidInputException e) {
                throw e.field().contains(" line ") ? e : e.under(resource.where());
            }
        };
    }

    private static void join(Path resourceFile, ByteCsv resources, Path detailFile, ByteCsv details, boolean grouped, long partitionBytes,
                             CsvGroups.Visitor visitor) throws IOException {
        int id = resources.column("id");
        int key = details.column("resource");
        if (grouped) {
            CsvGroups.grouped(resources, id, details, key, visitor);
        } else {
            CsvGroups.anyOrder(resourceFile, resources, id, detailFile, details, key, partitionBytes, visitor);
        }
    }

    private void decide(String id, long feeMinor, long down) {
        long credit = rows.write(id, feeMinor, down);
        try {
            creditMinor = Math.addExact(creditMinor, credit);
        } catch (ArithmeticException overflow) {
            carried = carried.add(BigDecimal.valueOf(creditMinor, digits));
            creditMinor = credit;
        }
        resources++;
    }

    private void viaEngine(ResourceMonth resource, CsvRow row) {
        ResourceReport report = engine.evaluateResource(plan.definition(), plan.edition(), plan.month().label(), java.util.Optional.empty(),
                resource, List.of(resource), codes, SlaEngine.newCache(), row.where());
        writer.resource(report, resource);
        carried = carried.add(report.credit().rounded().amount());
        resources++;
    }

    private Money feeOf(CsvRow row, int fee) {
        try {
            return Money.fee(row.required(fee, "fee"), currency, "fee");
        } catch (InvalidInputException e) {
            throw e.under(row.where());
        }
    }

    /** The fee in minor units, or -1 when the fleet path cannot count it (more decimals than the currency): the engine takes it. */
    private long minorUnits(CsvRow row, int fee) {
        long plain = row.plainMinorUnits(fee, digits);
        return plain >= 0 ? plain : io.slakit.core.fleet.Fees.minorUnits(feeOf(row, fee)).orElse(-1);
    }

    private static String codeName(Map<String, Integer> codeIndex, int index) {
        return codeIndex.entrySet().stream().filter(e -> e.getValue() == index).findFirst().orElseThrow().getKey();
    }

    /** The edition's metrics, in order: the columns of the CSV report. */
    static List<Metric> metrics(FleetPlan plan) {
        return plan.edition().metrics();
    }
}
