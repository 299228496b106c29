package io.slakit.bench.duckdb;

import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.catalog.SlaCatalog;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DuckDB's SQL against totals worked out by hand, and against slakit's own engine on a random fleet.
 * May 2024 in Asia/Shanghai is [2024-04-30T16:00:00Z, 2024-05-31T16:00:00Z): T = 44,640 minutes.
 */
class DuckDbComparisonTest {
    private static final YearMonth MAY = YearMonth.of(2024, 5);
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    private static final long T_MAY = 44_640;
    private static final Instant MAY_START = Instant.parse("2024-04-30T16:00:00Z");
    private static final Instant MAY_END = Instant.parse("2024-05-31T16:00:00Z");

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- W1: CVM single instance

    @Test
    void touchingIncidentsMergeBeforeTheThreshold() throws Exception {
        FleetTotals totals = w1(MAY,
                List.of("a,1000.00", "b,1000.00", "quiet,1000.00"),
                // a: two touching 30 s halves of one minute -> one 60 s outage -> at most 1 minute: ignored -> 0.
                "a,2024-05-03T02:00:00Z,2024-05-03T02:00:30Z,",
                "a,2024-05-03T02:00:30Z,2024-05-03T02:01:00Z,",
                // b: 30 s + 31 s touching -> one 61 s outage -> ceil(61 / 60) = 2 minutes.
                "b,2024-05-03T03:00:00Z,2024-05-03T03:00:30Z,",
                "b,2024-05-03T03:00:30Z,2024-05-03T03:01:01Z,");
        // quiet: no incidents, 100 %, still counted. Total down 0 + 2 + 0 = 2; 2 <= 11 so all met.
        assertEquals(new FleetTotals(3, 2, 0, new long[] {0, 0, 0}, new BigDecimal("0.00")), totals);
    }

    @Test
    void anExclusionCutsAnOutageAndEachPieceIsThresholdedAlone() throws Exception {
        FleetTotals totals = w1(MAY,
                List.of("a,1000.00", "b,1000.00", "c,1000.00", "d,1000.00"),
                // a: provider 10:00:00-10:10:00 minus force majeure 10:04:30-10:05:30
                //    -> 10:00:00-10:04:30 (270 s -> 5 min) and 10:05:30-10:10:00 (270 s -> 5 min) = 10 minutes
                //    (not ceil(540 s / 60) = 9: each outage rounds up on its own).
                "a,2024-05-03T10:00:00Z,2024-05-03T10:10:00Z,",
                "a,2024-05-03T10:04:30Z,2024-05-03T10:05:30Z,force-majeure",
                // b: provider 12:00:00-12:02:30 (150 s would be 3 min) minus 12:01:00-12:01:30
                //    -> two outages of exactly 60 s, each ignored -> 0.
                "b,2024-05-03T12:00:00Z,2024-05-03T12:02:30Z,",
                "b,2024-05-03T12:01:00Z,2024-05-03T12:01:30Z,routine-maintenance",
                // c: an exclusion covering the whole outage and more -> 0; the excluded time alone is no outage.
                "c,2024-05-04T00:00:00Z,2024-05-04T00:30:00Z,",
                "c,2024-05-03T23:00:00Z,2024-05-04T01:00:00Z,force-majeure",
                "c,2024-05-05T00:00:00Z,2024-05-05T05:00:00Z,customer-operation",
                // d: many events at one instant. Provider 11:00-11:05 and again 11:03-11:05; excluded 11:00-11:01 and the
                //    touching 11:01-11:02 (one excluded stretch), and 11:02-11:03 starting where it ends
                //    -> provider time left: none before 11:03, then 11:03-11:05 = 120 s -> 2 minutes.
                "d,2024-05-06T11:00:00Z,2024-05-06T11:05:00Z,",
                "d,2024-05-06T11:03:00Z,2024-05-06T11:05:00Z,",
                "d,2024-05-06T11:00:00Z,2024-05-06T11:01:00Z,force-majeure",
                "d,2024-05-06T11:01:00Z,2024-05-06T11:02:00Z,force-majeure",
                "d,2024-05-06T11:02:00Z,2024-05-06T11:03:00Z,routine-maintenance");
        // Down 10 + 0 + 0 + 2 = 12 in total, but per resource at most 10 <= 11 minutes: all met, no credit.
        assertEquals(new FleetTotals(4, 12, 0, new long[] {0, 0, 0}, new BigDecimal("0")), totals);
    }

    @Test
    void incidentsAreClippedToTheMonthAndOverlapsCountOnce() throws Exception {
        FleetTotals totals = w1(MAY,
                List.of("start,1000.00", "end,1000.00", "overlap,1000.00"),
                // start: 2024-04-30T15:50Z-16:05Z crosses the month start (16:00Z = 00:00 May 1 in Shanghai) -> 5 minutes.
                "start,2024-04-30T15:50:00Z,2024-04-30T16:05:00Z,",
                // end: 2024-05-31T15:58Z-16:30Z crosses the month end -> 2 minutes.
                "end,2024-05-31T15:58:00Z,2024-05-31T16:30:00Z,",
                // overlap: 01:00-01:10 and 01:05-01:20 and a contained 01:02-01:03 -> one outage 01:00-01:20 = 20 minutes.
                "overlap,2024-05-07T01:05:00Z,2024-05-07T01:20:00Z,",
                "overlap,2024-05-07T01:00:00Z,2024-05-07T01:10:00Z,",
                "overlap,2024-05-07T01:02:00Z,2024-05-07T01:03:00Z,",
                // rows of one resource need not be together: another 'start' row, outside its first outage -> 61 s -> 2.
                "start,2024-05-09T00:00:00Z,2024-05-09T00:01:01Z,");
        // Down 5 + 2 + 2 + 20 = 29; only 'overlap' (20 > 11) misses 99.975 %: 44620 / 44640 = 99.955 % -> 10 % of 1000 = 100.00.
        assertEquals(new FleetTotals(3, 29, 1, new long[] {1, 0, 0}, new BigDecimal("100.00")), totals);
    }

    @Test
    void tierEdgesAreExact() throws Exception {
        // May: 99.975 % allows 44640 x 0.025 % = 11.16 minutes; 99 % allows 446.4; 95 % allows 2232 exactly.
        List<String> fleet = List.of("m11,1000.00", "m12,1000.00", "m446,1000.00", "m447,1000.00", "m2232,1000.00",
                "m2233,1000.00", "all,1000.00");
        FleetTotals totals = w1(MAY, fleet,
                outage("m11", 11),     // 44629 / 44640 = 99.9754 %: met
                outage("m12", 12),     // 44628 / 44640 = 99.9731 %: [99, 99.975) -> 10 % = 100.00
                outage("m446", 446),   // 44194 / 44640 = 99.0009 %: 10 % = 100.00
                outage("m447", 447),   // 44193 / 44640 = 98.9986 %: [95, 99) -> 25 % = 250.00
                outage("m2232", 2232), // 42408 / 44640 = 95 % exactly: 25 % = 250.00
                outage("m2233", 2233), // 42407 / 44640 < 95 %: [0, 95) -> 100 % = 1000.00
                // all: the whole month and beyond, clipped -> 44640 minutes, 0 %: 100 % = 1000.00
                "all,2024-04-20T00:00:00Z,2024-06-10T00:00:00Z,");
        // Down 11 + 12 + 446 + 447 + 2232 + 2233 + 44640 = 50021; credit 100 + 100 + 250 + 250 + 1000 + 1000 = 2700.00.
        assertEquals(new FleetTotals(7, 50_021, 6, new long[] {2, 2, 2}, new BigDecimal("2700.00")), totals);
    }

    @Test
    void theMonthSetsTheMinutes() throws Exception {
        // April 2024 (43,200 minutes) allows 10.8 minutes: 10 is met, 11 is not (43189 / 43200 = 99.9745 %).
        FleetTotals totals = w1(APRIL, List.of("m10,1000.00", "m11,1000.00"),
                "m10,2024-04-10T00:00:00Z,2024-04-10T00:10:00Z,",
                "m11,2024-04-10T00:00:00Z,2024-04-10T00:11:00Z,");
        assertEquals(new FleetTotals(2, 21, 1, new long[] {1, 0, 0}, new BigDecimal("100.00")), totals);
    }

    @Test
    void eachCreditRoundsHalfUpBeforeTheSum() throws Exception {
        // 12 minutes -> 10 %: 0.05 x 10 % = 0.005 -> 0.01; 0.25 x 10 % = 0.025 -> 0.03 (half-even would give 0.02);
        // 0.04 x 10 % = 0.004 -> 0.00. Sum 0.04 (rounding the sum 0.034 instead would give 0.03).
        FleetTotals totals = w1(MAY, List.of("a,0.05", "b,0.25", "c,0.04"), outage("a", 12), outage("b", 12), outage("c", 12));
        assertEquals(new FleetTotals(3, 36, 3, new long[] {3, 0, 0}, new BigDecimal("0.04")), totals);
    }

    @Test
    void rowsAreWrittenPerResource() throws Exception {
        Path resources = write("resources.csv", "id,fee", List.of("b,0.25", "a,1000.00", "quiet,9.99"));
        Path incidents = write("incidents.csv", "resource,start,end,exclusion", List.of(outage("a", 447), outage("b", 12)));
        Path out = dir.resolve("rows.csv");
        DuckDbComparison.writeW1Rows(resources, incidents, MAY, out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(List.of(
                "id,fee,total_minutes,unavailable_minutes,tier,percent,credit",
                "a,1000.00,44640,447,1,25,250.00",
                "b,0.25,44640,12,0,10,0.03",
                "quiet,9.99,44640,0,,0,0.00"), lines);
    }

    // ---------------------------------------------------------------- W2: CDN

    @Test
    void onlyRunsOfTwoOrMoreBadWindowsCount() throws Exception {
        FleetTotals totals = w2(MAY,
                List.of("lone,1000.00", "two,1000.00", "three,1000.00", "gap,1000.00", "broken,1000.00", "quiet,1000.00"),
                // lone: one bad window (10 of 100 failed) between good ones -> 0.
                "lone,2024-05-02T00:00:00Z,100,0",
                "lone,2024-05-02T00:05:00Z,100,10",
                "lone,2024-05-02T00:10:00Z,100,0",
                // two: 00:00 and 00:05 bad -> a run of 2 -> 10 minutes.
                "two,2024-05-02T00:05:00Z,100,100",
                "two,2024-05-02T00:00:00Z,100,1",
                // three: a run of 3 -> 15 minutes.
                "three,2024-05-02T00:00:00Z,100,1",
                "three,2024-05-02T00:05:00Z,100,1",
                "three,2024-05-02T00:10:00Z,100,1",
                // gap: bad at 00:00 and 00:10, the 00:05 window missing -> not consecutive -> 0.
                "gap,2024-05-02T00:00:00Z,100,1",
                "gap,2024-05-02T00:10:00Z,100,1",
                // broken: bad, good, bad -> 0.
                "broken,2024-05-02T00:00:00Z,100,1",
                "broken,2024-05-02T00:05:00Z,100,0",
                "broken,2024-05-02T00:10:00Z,100,1");
        // Down 0 + 10 + 15 + 0 + 0 + 0 = 25; 99.9 % allows 44.64 minutes: all met.
        assertEquals(new FleetTotals(6, 25, 0, new long[] {0, 0, 0}, BigDecimal.ZERO), totals);
    }

    @Test
    void aWindowIsBadOnlyAboveFiveInTenThousand() throws Exception {
        FleetTotals totals = w2(MAY, List.of("exact,1000.00", "above,1000.00", "empty,1000.00", "edges,1000.00"),
                // exact: 5 of 10,000 is exactly 0.05 %, not above -> not bad -> 0.
                "exact,2024-05-02T00:00:00Z,10000,5",
                "exact,2024-05-02T00:05:00Z,10000,5",
                // above: 6 of 10,000 = 0.06 % -> bad, a run of 2 -> 10.
                "above,2024-05-02T00:00:00Z,10000,6",
                "above,2024-05-02T00:05:00Z,10000,6",
                // empty: windows with no requests are never bad -> 0.
                "empty,2024-05-02T00:00:00Z,0,0",
                "empty,2024-05-02T00:05:00Z,0,0",
                // edges: the month's first and last windows (00:00 May 1 and 23:55 May 31 Shanghai), each with its neighbour.
                "edges,2024-04-30T16:00:00Z,1,1",
                "edges,2024-04-30T16:05:00Z,1,1",
                "edges,2024-05-31T15:50:00Z,1,1",
                "edges,2024-05-31T15:55:00Z,1,1");
        assertEquals(new FleetTotals(4, 30, 0, new long[] {0, 0, 0}, BigDecimal.ZERO), totals);
    }

    @Test
    void cdnTierEdges() throws Exception {
        // 99.9 % allows 44.64 minutes: 40 met, 45 in [99, 99.9) -> 10 %; 99 % allows 446.4: 445 -> 10 %, 450 -> 25 %;
        // 95 % allows 2232: 2230 -> 25 %, 2235 -> [0, 95) -> 50 %.
        List<String> rows = new ArrayList<>();
        long[] minutes = {40, 45, 445, 450, 2230, 2235};
        List<String> fleet = new ArrayList<>();
        for (long m : minutes) {
            fleet.add("d" + m + ",1000.00");
            Instant start = Instant.parse("2024-05-10T00:00:00Z");
            for (long w = 0; w < m / 5; w++) {
                rows.add("d" + m + "," + start.plusSeconds(300 * w) + ",1000,1");
            }
        }
        FleetTotals totals = w2(MAY, fleet, rows.toArray(String[]::new));
        // Down 40 + 45 + 445 + 450 + 2230 + 2235 = 5445; credit 100 + 100 + 250 + 250 + 500 = 1200.00.
        assertEquals(new FleetTotals(6, 5445, 5, new long[] {2, 2, 1}, new BigDecimal("1200.00")), totals);
    }

    // ---------------------------------------------------------------- against slakit's engine

    @Test
    void w1AgreesWithSlakitOnARandomFleet() throws Exception {
        Random random = new Random(20240501);
        List<ResourceMonth> fleet = new ArrayList<>();
        List<String> feeRows = new ArrayList<>();
        List<String> incidentRows = new ArrayList<>();
        String[] clauses = {"force-majeure", "routine-maintenance", "customer-operation"};
        long monthSeconds = Duration.between(MAY_START, MAY_END).toSeconds();
        for (int r = 0; r < 300; r++) {
            String id = "ins-" + r;
            String fee = BigDecimal.valueOf(random.nextInt(200_000), 2).toPlainString();
            ResourceMonth.Builder builder = ResourceMonth.builder(id, Money.of(fee, "CNY"));
            feeRows.add(id + "," + fee);
            // Clustered incidents so overlaps, touching spans and exclusions meet; a few heavy resources reach the lower tiers.
            int n = random.nextInt(8);
            long cursor = random.nextLong(-3_600, monthSeconds);
            long maxLength = r % 10 == 0 ? 200_000 : 900;
            Instant previousEnd = null;
            for (int i = 0; i < n; i++) {
                Instant start = random.nextInt(4) == 0 && previousEnd != null ? previousEnd
                        : MAY_START.plusSeconds(cursor + random.nextInt(600) - 300);
                Instant end = start.plusSeconds(1 + random.nextLong(maxLength));
                if (!end.isAfter(MAY_START) || !start.isBefore(MAY_END)) {
                    continue; // none lies wholly outside the month
                }
                boolean excluded = random.nextInt(4) == 0;
                String clause = excluded ? clauses[random.nextInt(clauses.length)] : "";
                builder.incident(excluded ? Incident.excluded(start, end, clause) : Incident.of(start, end));
                incidentRows.add(id + "," + start + "," + end + "," + clause);
                previousEnd = end;
                cursor = Duration.between(MAY_START, start).toSeconds() + random.nextInt(400);
            }
            fleet.add(builder.build());
        }
        Collections.shuffle(incidentRows, random);
        FleetTotals expected = slakitTotals("cvm", "single-instance", fleet, new int[] {10, 25, 100});
        FleetTotals actual = w1(MAY, feeRows, incidentRows.toArray(String[]::new));
        assertEquals(expected, actual);
        assertTrue(expected.breached() > 10 && expected.resourcesPerTier()[2] > 0, "the fleet reaches every tier: " + expected);
    }

    @Test
    void w2AgreesWithSlakitOnARandomFleet() throws Exception {
        Random random = new Random(20240502);
        List<ResourceMonth> fleet = new ArrayList<>();
        List<String> feeRows = new ArrayList<>();
        List<String> windowRows = new ArrayList<>();
        for (int r = 0; r < 100; r++) {
            String id = "dom-" + r;
            String fee = BigDecimal.valueOf(random.nextInt(200_000), 2).toPlainString();
            ResourceMonth.Builder builder = ResourceMonth.builder(id, Money.of(fee, "CNY"));
            feeRows.add(id + "," + fee);
            // A stretch of windows, some missing, bad with a per-resource probability (some domains very bad).
            int badPercent = r % 7 == 0 ? 80 : random.nextInt(30);
            int first = random.nextInt(8928);
            int count = random.nextInt(r % 7 == 0 ? 8928 : 600);
            for (int k = first; k < Math.min(8928, first + count); k++) {
                if (random.nextInt(10) == 0) {
                    continue; // missing window
                }
                Instant start = MAY_START.plusSeconds(300L * k);
                long total = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(20_000);
                long failed = total == 0 ? 0
                        : random.nextInt(100) < badPercent ? Math.min(total, total * 5 / 10_000 + random.nextInt(3))
                        : random.nextInt((int) Math.max(1, total * 5 / 10_000 + 1));
                builder.window(WindowSample.of(start, total, failed));
                windowRows.add(id + "," + start + "," + total + "," + failed);
            }
            fleet.add(builder.build());
        }
        Collections.shuffle(windowRows, random);
        FleetTotals expected = slakitTotals("cdn", "availability", fleet, new int[] {10, 25, 50});
        FleetTotals actual = w2(MAY, feeRows, windowRows.toArray(String[]::new));
        assertEquals(expected, actual);
        assertTrue(expected.breached() > 5 && expected.unavailableMinutes() > 0, "the fleet breaches: " + expected);
    }

    /** slakit's own totals for {@code metric}: minutes summed, tiers counted by their credit percent, the report's total credit. */
    private static FleetTotals slakitTotals(String product, String metric, List<ResourceMonth> fleet, int[] tierPercents) {
        SlaDefinition definition = SlaCatalog.load().find(product, Site.CN, LocalDate.of(2024, 5, 1));
        EvaluationReport report = SlaEngine.standard().evaluate(definition, EvaluationRequest.of(product, Site.CN, MAY, fleet), List.of());
        long down = 0;
        long breached = 0;
        long[] perTier = new long[tierPercents.length];
        for (ResourceReport resource : report.resources()) {
            MetricResult result = resource.metric(metric).orElseThrow();
            down += result.unavailableMinutes().orElseThrow().longValueExact();
            if (!result.met()) {
                breached++;
                BigDecimal percent = result.tier().orElseThrow().credit();
                for (int i = 0; i < tierPercents.length; i++) {
                    if (percent.compareTo(BigDecimal.valueOf(tierPercents[i])) == 0) {
                        perTier[i]++;
                    }
                }
            }
        }
        assertArrayEquals(new long[] {breached}, new long[] {java.util.Arrays.stream(perTier).sum()}, "every breach has a tier");
        return new FleetTotals(report.resources().size(), down, breached, perTier, report.totalCredit().amount());
    }

    // ---------------------------------------------------------------- helpers

    /** An incident of {@code minutes} whole minutes from 2024-05-10T00:00Z. */
    private static String outage(String id, long minutes) {
        Instant start = Instant.parse("2024-05-10T00:00:00Z");
        return id + "," + start + "," + start.plus(Duration.ofMinutes(minutes)) + ",";
    }

    private FleetTotals w1(YearMonth month, List<String> fees, String... incidents) throws Exception {
        Path resources = write("resources.csv", "id,fee", fees);
        Path incidentsCsv = write("incidents.csv", "resource,start,end,exclusion", List.of(incidents));
        return DuckDbComparison.evaluateW1(resources, incidentsCsv, month);
    }

    private FleetTotals w2(YearMonth month, List<String> fees, String... windows) throws Exception {
        Path resources = write("resources.csv", "id,fee", fees);
        Path windowsCsv = write("windows.csv", "resource,start,total,failed", List.of(windows));
        return DuckDbComparison.evaluateW2(resources, windowsCsv, month);
    }

    private Path write(String name, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        return Files.write(dir.resolve(name), lines);
    }
}
