package io.slakit.core.fleet;

import io.slakit.api.CreditTier;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.Percent;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.ServiceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.api.spi.CreditKernel;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.rules.TieredCredit;
import io.slakit.core.testing.TestSlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FleetPlanTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final SlaEngine ENGINE = SlaEngine.standard();
    private static final List<CreditTier> CVM_TIERS = List.of(CreditTier.of("[99, 99.975)", "10"),
            CreditTier.of("[95, 99)", "25"), CreditTier.of("[0, 95)", "100"));

    /** The decision table TieredCredit compiles for the fleet path. */
    private static CreditKernel table(long totalMinutes, Percent commitment, List<CreditTier> tiers) {
        return TieredCredit.of(tiers).compile(totalMinutes, commitment).orElseThrow();
    }

    @ParameterizedTest(name = "{0} minutes at 99.975% allow {1} whole minutes")
    @CsvSource({
            // April: 43,200 x 0.025% = 10.8 -> 10; May: 44,640 x 0.025% = 11.16 -> 11; February 2024: 41,760 x 0.025% = 10.44 -> 10.
            "43200, 10", "44640, 11", "41760, 10"})
    void allowanceIsTheFloorOfTheExactLimit(long total, long allowed) {
        assertEquals(allowed, table(total, Percent.of("99.975"), CVM_TIERS).allowedMinutes());
    }

    @ParameterizedTest(name = "April, {0} minutes down -> tier {1}")
    @CsvSource({
            "0, -1", "10, -1",          // 10 <= 10.8: met
            "11, 0",                     // 11 > 10.8: [99, 99.975)
            "432, 0",                    // 43,200 x 1% = 432 exactly: availability 99% exactly, still [99, ...)
            "433, 1",                    // just below 99%: [95, 99)
            "2160, 1",                   // 43,200 x 5% = 2,160: exactly 95%
            "2161, 2", "43200, 2"})
    void tiersFollowTheBandsExactly(long down, int tier) {
        assertEquals(tier, table(43_200, Percent.of("99.975"), CVM_TIERS).tierIndex(down));
    }

    @Test
    void anExclusiveLowerBoundExcludesTheMinuteThatLandsOnIt() {
        // (99, 99.9]: 43,200 x 1% = 432 minutes is exactly 99%, which is not above 99.
        CreditKernel table = table(43_200, Percent.of("99.9"),
                List.of(CreditTier.of("(99, 99.9]", "10"), CreditTier.of("[0, 99]", "30")));
        assertEquals(0, table.tierIndex(431));
        assertEquals(1, table.tierIndex(432));
        // 43.2 minutes is exactly 99.9 %: the commitment is "at least", so 43 meet it and 44 fall in (99, 99.9].
        assertEquals(CreditKernel.MET, table.tierIndex(43));
        assertEquals(0, table.tierIndex(44));
    }

    @Test
    void aMissBetweenTheCommitmentAndTheTopTierEarnsNoTier() {
        // 99.99 % promised, credits only below 99.9 % (Chinese IM): 43,200 x 0.01% = 4.32; x 0.1% = 43.2.
        CreditKernel table = table(43_200, Percent.of("99.99"), List.of(CreditTier.of("[0, 99.9)", "10")));
        assertEquals(CreditKernel.MET, table.tierIndex(4));
        assertEquals(CreditKernel.NO_TIER, table.tierIndex(5));
        assertEquals(CreditKernel.NO_TIER, table.tierIndex(43));
        assertEquals(0, table.tierIndex(44));
    }

    @ParameterizedTest(name = "{0} fen x {1}% = {2} fen")
    @CsvSource({"5, 10, 1", "4, 10, 0", "15, 10, 2", "100000, 25, 25000", "333, 7.5, 25", "1, 100, 1"})
    void creditsRoundHalfUpInMinorUnits(long fee, String percent, long credit) {
        // 5 x 10% = 0.5 -> 1; 4 x 10% = 0.4 -> 0; 15 x 10% = 1.5 -> 2; 333 x 7.5% = 24.975 -> 25.
        CreditKernel table = table(43_200, Percent.of("99.9"), List.of(CreditTier.of("[0, 99.9)", percent)));
        assertEquals(credit, table.creditMinor(fee, 0, 100));
    }

    @Test
    void aFeeNearTheTopOfALongStillEarnsItsExactCredit() {
        // 9,000,000,000,000,000,000 fen x 7.5% = 675,000,000,000,000,000 fen: the product overflows a long on the way.
        CreditKernel table = table(43_200, Percent.of("99.9"), List.of(CreditTier.of("[0, 99.9)", "7.5")));
        assertEquals(675_000_000_000_000_000L, table.creditMinor(9_000_000_000_000_000_000L, 0, 100));
    }

    static Stream<Object[]> fleets() {
        return IntStream.range(0, 24).mapToObj(seed -> new Object[] {seed, List.of(YearMonth.of(2024, 4), YearMonth.of(2024, 5),
                YearMonth.of(2024, 2)).get(seed % 3)});
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("fleets")
    void incidentFleetMatchesTheEngine(int seed, YearMonth month) {
        SlaDefinition definition = TestSlas.cvmLike();
        Random random = new Random(seed);
        ServiceMonth serviceMonth = ServiceMonth.calendar(month, SHANGHAI);
        List<ResourceMonth> resources = new ArrayList<>();
        IncidentBatch.Builder batch = IncidentBatch.builder(CNY);
        for (int r = 0; r < 120; r++) {
            Money fee = Money.of(BigDecimal.valueOf(random.nextInt(200_000), 2), CNY);
            ResourceMonth.Builder resource = ResourceMonth.builder("vm-" + r, fee);
            batch.resource("vm-" + r, fee);
            int incidents = random.nextInt(9);
            Instant previousEnd = serviceMonth.start().plusSeconds(random.nextInt((int) serviceMonth.length().toSeconds()));
            for (int i = 0; i < incidents; i++) {
                Instant start = switch (random.nextInt(5)) {
                    case 0 -> previousEnd;                                             // touches the last one
                    case 1 -> previousEnd.minusSeconds(random.nextInt(600));           // overlaps it
                    case 2 -> serviceMonth.start().minusSeconds(random.nextInt(200));  // crosses the month's start
                    default -> serviceMonth.start().plusSeconds(random.nextInt((int) serviceMonth.length().toSeconds() - 10));
                };
                if (!start.isBefore(serviceMonth.end())) {
                    start = serviceMonth.end().minusSeconds(1 + random.nextInt(600)); // also crosses the month's end
                }
                long seconds = switch (random.nextInt(4)) {
                    case 0 -> 55 + random.nextInt(12);           // around the 1-minute threshold
                    case 1 -> 1 + random.nextInt(600);
                    case 2 -> (long) (60 / Math.pow(random.nextDouble() + 1e-3, 1.5)); // heavy tail
                    default -> 60L * (1 + random.nextInt(500));
                };
                Instant end = start.plusSeconds(seconds).plusNanos(random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0);
                if (!end.isAfter(serviceMonth.start())) {
                    end = serviceMonth.start().plusSeconds(1 + random.nextInt(100));
                }
                if (random.nextInt(10) == 0) {
                    String code = random.nextBoolean() ? "force-majeure" : "third-party-network";
                    resource.incident(Incident.excluded(start, end, code));
                    batch.excluded(start, end, code);
                } else {
                    resource.incident(Incident.of(start, end));
                    batch.incident(start, end);
                }
                previousEnd = end;
            }
            resources.add(resource.build());
        }
        EvaluationReport expected = ENGINE.evaluate(definition, EvaluationRequest.of("vm", Site.CN, month, resources), List.of());
        FleetPlan plan = FleetPlan.compile(definition, definition.editions().get(0), month).plan().orElseThrow();
        assertSame(expected, plan.evaluate(batch.build()), "single-instance");
        assertRecordsDecideAlike(expected, plan, resources, "single-instance");
    }

    /** The record path (a ResourceMonth at a time, as the CLI streams JSON) gives the same minutes. */
    private static void assertRecordsDecideAlike(EvaluationReport expected, FleetPlan plan, List<ResourceMonth> resources, String metric) {
        FleetEvaluator evaluator = plan.newEvaluator();
        for (int r = 0; r < resources.size(); r++) {
            assertTrue(plan.accepts(resources.get(r)));
            MetricResult result = expected.resources().get(r).metrics().stream().filter(m -> m.metric().equals(metric)).findFirst().orElseThrow();
            assertEquals(0, result.unavailableMinutes().orElseThrow().compareTo(BigDecimal.valueOf(evaluator.unavailableMinutes(resources.get(r)))));
        }
    }

    @Test
    void aResourceWithMoreThanAFeeIsLeftToTheEngine() {
        SlaDefinition definition = TestSlas.cvmLike();
        FleetPlan plan = FleetPlan.compile(definition, definition.editions().get(0), YearMonth.of(2024, 4)).plan().orElseThrow();
        assertTrue(plan.accepts(ResourceMonth.builder("a", Money.of("1.00", "CNY")).build()));
        assertFalse(plan.accepts(ResourceMonth.builder("a", Money.of("1.00", "CNY")).location("ap-guangzhou", "ap-guangzhou-3").build()));
        // A fee finer than the minor unit never reaches the plan: the resource itself refuses it (issue 26).
        assertThrows(InvalidInputException.class, () -> ResourceMonth.builder("a", Money.of("1.005", "CNY")).build());
        assertFalse(plan.accepts(ResourceMonth.builder("a", Money.of("1.00", "CNY")).units(2).build()));
        assertFalse(plan.accepts(ResourceMonth.builder("a", Money.of("1.00", "CNY"))
                .incident(new Incident(Instant.parse("2024-04-02T00:00:00Z"), Instant.parse("2024-04-02T01:00:00Z"), "disk-1",
                        io.slakit.api.Attribution.provider())).build()));
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("fleets")
    void windowFleetMatchesTheEngine(int seed, YearMonth month) {
        for (SlaDefinition definition : List.of(TestSlas.cdnLike(), TestSlas.windowed())) {
            Random random = new Random(seed);
            ServiceMonth serviceMonth = ServiceMonth.calendar(month, SHANGHAI);
            int windows = (int) (serviceMonth.totalMinutes() / 5);
            FleetPlan plan = FleetPlan.compile(definition, definition.editions().get(0), month).plan().orElseThrow();
            WindowBatch.Builder batch = plan.windowBatch(CNY);
            List<ResourceMonth> resources = new ArrayList<>();
            for (int r = 0; r < 12; r++) {
                Money fee = Money.of(BigDecimal.valueOf(random.nextInt(100_000), 2), CNY);
                ResourceMonth.Builder resource = ResourceMonth.builder("d-" + r, fee);
                batch.resource("d-" + r, fee);
                double burstiness = random.nextDouble() * 0.02;
                boolean bursting = false;
                for (int k = 0; k < windows; k++) {
                    if (random.nextInt(50) == 0) {
                        continue; // a missing sample
                    }
                    bursting = bursting ? random.nextInt(4) != 0 : random.nextDouble() < burstiness;
                    long total = random.nextInt(40) == 0 ? 0 : 1 + random.nextInt(20_000);
                    long failed = bursting ? (long) (total * random.nextDouble() * 0.05) : (random.nextInt(100) == 0 ? total / 2000 : 0);
                    Instant start = serviceMonth.start().plusSeconds(300L * k);
                    resource.window(WindowSample.of(start, total, failed));
                    batch.window(start, total, failed);
                }
                resources.add(resource.build());
            }
            EvaluationReport expected = ENGINE.evaluate(definition, EvaluationRequest.of(definition.product().value(), Site.CN, month, resources),
                    List.of());
            assertSame(expected, plan.evaluate(batch.build()), "availability");
            assertRecordsDecideAlike(expected, plan, resources, "availability");
        }
    }

    /**
     * Issue 12.1: window batches carry no incidents, so a window resource with an exclusion is not
     * accepted by the plan and the engine, which removes the windows it overlaps, decides it; the
     * plan decides the same resources without the exclusion exactly as the engine does.
     */
    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("fleets")
    void windowResourcesWithExclusionsAreLeftToTheEngine(int seed, YearMonth month) {
        SlaDefinition definition = TestSlas.cdnLike();
        Random random = new Random(seed);
        ServiceMonth serviceMonth = ServiceMonth.calendar(month, SHANGHAI);
        FleetPlan plan = FleetPlan.compile(definition, definition.editions().get(0), month).plan().orElseThrow();
        String code = definition.exclusions().get(0).code();
        for (int r = 0; r < 6; r++) {
            ResourceMonth.Builder plain = ResourceMonth.builder("w-" + r, Money.of("100.00", "CNY"));
            int first = random.nextInt(1000);
            for (int k = first; k < first + 12; k++) {
                plain.window(WindowSample.of(serviceMonth.start().plusSeconds(300L * k), 1000, 1000));
            }
            ResourceMonth withoutExclusion = plain.build();
            Instant from = serviceMonth.start().plusSeconds(300L * first);
            ResourceMonth excluded = ResourceMonth.builder("w-" + r, Money.of("100.00", "CNY")).windows(withoutExclusion.windows())
                    .incident(Incident.excluded(from, from.plusSeconds(3600), code)).build();
            assertTrue(plan.accepts(withoutExclusion));
            assertFalse(plan.accepts(excluded), "a window resource with an exclusion goes to the engine");
            EvaluationReport engine = ENGINE.evaluate(definition, EvaluationRequest.of(definition.product().value(), Site.CN, month,
                    List.of(excluded)), List.of());
            MetricResult result = engine.resources().get(0).metrics().get(0);
            assertTrue(result.met(), "twelve failing windows inside the excluded hour count nothing: " + result.explanation());
            WindowBatch.Builder batch = plan.windowBatch(CNY).resource("w-" + r, Money.of("100.00", "CNY"));
            for (WindowSample w : withoutExclusion.windows()) {
                batch.window(w.start(), w.total(), w.failed());
            }
            assertSame(ENGINE.evaluate(definition, EvaluationRequest.of(definition.product().value(), Site.CN, month,
                    List.of(withoutExclusion)), List.of()), plan.evaluate(batch.build()), "availability");
        }
    }

    private static void assertSame(EvaluationReport expected, FleetResult actual, String metric) {
        assertEquals(expected.resources().size(), actual.size());
        long breached = 0;
        for (int r = 0; r < actual.size(); r++) {
            ResourceReport report = expected.resources().get(r);
            MetricResult result = report.metrics().stream().filter(m -> m.metric().equals(metric)).findFirst().orElseThrow();
            String where = report.id();
            assertEquals(report.id(), actual.id(r));
            assertEquals(0, result.unavailableMinutes().orElseThrow().compareTo(BigDecimal.valueOf(actual.unavailableMinutes(r))), where);
            assertEquals(result.availability(), actual.availability(r), where);
            assertEquals(result.met(), actual.met(r), where);
            assertEquals(result.tier(), actual.tier(r), where);
            assertEquals(report.credit(), actual.credit(r), where);
            breached += result.met() ? 0 : 1;
        }
        assertEquals(expected.totalCredit(), actual.totalCredit());
        assertEquals(breached, actual.breached());
    }

    @Test
    void anIncidentWhollyOutsideTheMonthIsRejectedWithItsPath() {
        SlaDefinition definition = TestSlas.cvmLike();
        FleetPlan plan = FleetPlan.compile(definition, definition.editions().get(0), YearMonth.of(2024, 4)).plan().orElseThrow();
        IncidentBatch batch = IncidentBatch.builder(CNY).resource("a", Money.of("1.00", "CNY"))
                .resource("b", Money.of("1.00", "CNY"))
                .incident(Instant.parse("2024-04-02T00:00:00Z"), Instant.parse("2024-04-02T01:00:00Z"))
                .incident(Instant.parse("2024-05-02T00:00:00Z"), Instant.parse("2024-05-02T01:00:00Z")).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan.evaluate(batch));
        assertEquals("resources[1].incidents[1].start", e.field());
    }

    @Test
    void anUnknownExclusionCodeIsRejected() {
        SlaDefinition definition = TestSlas.cvmLike();
        FleetPlan plan = FleetPlan.compile(definition, definition.editions().get(0), YearMonth.of(2024, 4)).plan().orElseThrow();
        IncidentBatch batch = IncidentBatch.builder(CNY).resource("a", Money.of("1.00", "CNY"))
                .excluded(Instant.parse("2024-04-02T00:00:00Z"), Instant.parse("2024-04-02T01:00:00Z"), "sunspots").build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> plan.evaluate(batch));
        assertEquals("exclusion", e.field());
        assertEquals("sunspots", e.value());
    }

    @Test
    void aFeeFinerThanTheMinorUnitIsRejectedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> IncidentBatch.builder(CNY).resource("a", Money.of("1.005", "CNY")));
        assertEquals("resources[0].fee", e.field());
        assertTrue(e.getMessage().contains("more than 2 decimals"), e.getMessage());
    }

    @Test
    void aWindowSampleOffTheGridOrTwiceIsRejected() {
        SlaDefinition definition = TestSlas.cdnLike();
        FleetPlan plan = FleetPlan.compile(definition, definition.editions().get(0), YearMonth.of(2024, 4)).plan().orElseThrow();
        WindowBatch.Builder batch = plan.windowBatch(CNY).resource("d", Money.of("1.00", "CNY"));
        // April starts at 2024-03-31T16:00Z in Shanghai; 16:02 is not on the 5-minute grid.
        assertThrows(InvalidInputException.class, () -> batch.window(Instant.parse("2024-03-31T16:02:00Z"), 10, 0));
        batch.window(Instant.parse("2024-03-31T16:05:00Z"), 10, 0);
        assertThrows(InvalidInputException.class, () -> batch.window(Instant.parse("2024-03-31T16:05:00Z"), 10, 0));
        assertThrows(InvalidInputException.class, () -> batch.window(Instant.parse("2024-03-31T15:55:00Z"), 10, 0));
    }

    @Test
    void aShapeTheFleetPathDoesNotCoverSaysWhy() {
        SlaDefinition anniversary = io.slakit.core.dsl.Sla.define("chat", Site.CN, io.slakit.api.Family.MEDIA)
                .names("即时通信", "Chat (test)").source("002", 44462, "腾讯云即时通信 IM 服务等级协议").updated("2025-06-15T00:00:00")
                .effectiveFromUpdatedDate().months(io.slakit.api.MonthRule.ANNIVERSARY)
                .metric(io.slakit.core.dsl.MetricSpec.metric("availability", "可用性")
                        .measuredBy(io.slakit.core.rules.Rules.incidentMinutes().roundingUp()).commitment("99", 44462)
                        .tiers(44462, io.slakit.core.rules.Credits.tier("[0, 99)", "10")))
                .build();
        FleetPlan.Compilation compilation = FleetPlan.compile(anniversary, anniversary.editions().get(0), YearMonth.of(2024, 4));
        assertEquals(Optional.empty(), compilation.plan());
        assertTrue(compilation.unsupportedReason().contains("ANNIVERSARY"), compilation.unsupportedReason());
    }
}
