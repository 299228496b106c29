package io.slakit.core.rules;

import io.slakit.api.EvaluationRequest;
import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ServiceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.engine.SlaEngine;
import io.slakit.core.interval.TimeSet;
import io.slakit.core.testing.TestSlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static io.slakit.core.rules.Signals.all;
import static io.slakit.core.rules.Signals.any;
import static io.slakit.core.rules.Signals.lastingAtLeast;
import static io.slakit.core.rules.Signals.signal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** April 2024 (43,200 minutes), Beijing time. */
class CompositeMinutesTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    private static final ServiceMonth MONTH = ServiceMonth.calendar(APRIL, BEIJING);
    static final CompositeMinutes BOTH = Rules.compositeMinutes(all(signal("api"), signal("console")));
    static final CompositeMinutes EITHER = Rules.compositeMinutes(any(signal("error-rate"), lastingAtLeast(Duration.ofMinutes(10), signal("failure"))));
    static final SlaDefinition MEDICAL = Sla.define("medical", Site.CN, Family.INDUSTRY)
            .names("医疗", "Medical (test)")
            .source(Seeds.CN, 1, "医疗服务等级协议")
            .updated("2024-01-01T00:00:00")
            .effectiveFromUpdatedDate()
            .metric(metric("availability", "服务可用性")
                    .measuredBy(BOTH)
                    .commitment("99.9", 2)
                    .tiers(3, tier("[99, 99.9)", "10"), tier("[0, 99)", "25")))
            .exclusion("4.1", "force-majeure", "Force majeure", 4)
            .build();

    static Instant at(String local) {
        return LocalDateTime.parse("2024-04-" + local).atZone(BEIJING).toInstant();
    }

    static Incident on(String signal, String from, String to) {
        return Incident.of(at(from), at(to)).onSignal(signal);
    }

    static BigDecimal minutes(CompositeMinutes rule, Incident... incidents) {
        BigDecimal m = IncidentSets.countedMinutes(rule.unavailable(List.of(incidents), MONTH), Threshold.none(), Rounding.EXACT);
        return m.signum() == 0 ? BigDecimal.ZERO : m.setScale(Math.max(0, m.stripTrailingZeros().scale()));
    }

    @Test
    void intersectionCountsOnlyWhenBothAreDown() {
        // API 10:00-10:30, console 10:20-11:00: both down 10:20-10:30
        assertEquals(new BigDecimal("10"), minutes(BOTH, on("api", "02T10:00", "02T10:30"), on("console", "02T10:20", "02T11:00")));
        // API alone: nothing
        assertEquals(BigDecimal.ZERO, minutes(BOTH, on("api", "02T10:00", "02T10:30")));
    }

    @Test
    void unionCountsOverlapsOnceAndShortRunsAreDropped() {
        // error-rate 10:00-10:05; failure 10:03-10:20 (17 min, kept): union 10:00-10:20 = 20, not 5 + 17
        assertEquals(new BigDecimal("20"), minutes(EITHER, on("error-rate", "02T10:00", "02T10:05"), on("failure", "02T10:03", "02T10:20")));
        // a 9:59 failure run is dropped, exactly 10 minutes counts
        assertEquals(BigDecimal.ZERO, minutes(EITHER, on("failure", "02T10:00", "02T10:09:59")));
        assertEquals(new BigDecimal("10"), minutes(EITHER, on("failure", "02T10:00", "02T10:10")));
        // two touching failures are one run: 6 + 6 = 12 minutes counted
        assertEquals(new BigDecimal("12"), minutes(EITHER, on("failure", "02T10:00", "02T10:06"), on("failure", "02T10:06", "02T10:12")));
    }

    @Test
    void excludedTimeIsRemovedAfterCombining() {
        // a 12-minute failure with 3 excluded minutes inside: the run stands (12 >= 10), 9 minutes count
        assertEquals(new BigDecimal("9"), minutes(EITHER, on("failure", "02T10:00", "02T10:12"),
                Incident.excluded(at("02T10:04"), at("02T10:07"), "force-majeure")));
    }

    @Test
    void theEngineCountsAndRounds() {
        // both down 10:20:00-10:30:30 -> 10.5 minutes, rounded up to 11: 1 - 11 / 43,200
        ResourceMonth r = ResourceMonth.builder("his-1", Money.of("1000.00", "CNY"))
                .incident(on("api", "02T10:00", "02T10:30:30")).incident(on("console", "02T10:20", "02T11:00")).build();
        MetricResult m = SlaEngine.standard().evaluate(MEDICAL, EvaluationRequest.of("medical", Site.CN, APRIL, List.of(r)), List.of())
                .resources().get(0).metric("availability").orElseThrow();
        assertEquals(new BigDecimal("11"), m.unavailableMinutes().orElseThrow());
        assertTrue(m.met());
        assertEquals("A minute is unavailable when (api down AND console down) (the provider's incidents by signal; excluded time removed "
                + "after combining); no threshold; partial minutes round up.", BOTH.describe().replace("every outage counts", "no threshold"));
        assertEquals("(error-rate down OR failure down in runs of at least 10 minutes, overlaps counted once)",
                EITHER.parameters().get("expression"));
    }

    @Test
    void signalsAreCheckedByName() {
        ResourceMonth unknown = ResourceMonth.builder("his-1", Money.of("1.00", "CNY")).incident(on("db", "02T10:00", "02T10:30")).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SlaEngine.standard().evaluate(MEDICAL, EvaluationRequest.of("medical", Site.CN, APRIL, List.of(unknown)), List.of()));
        assertEquals("resources[0].incidents[0].signal", e.field());
        assertTrue(e.getMessage().contains("[api, console]"), e.getMessage());
        ResourceMonth missing = ResourceMonth.builder("his-1", Money.of("1.00", "CNY")).incident(Incident.of(at("02T10:00"), at("02T10:30"))).build();
        assertEquals("resources[0].incidents[0].signal", assertThrows(InvalidInputException.class,
                () -> SlaEngine.standard().evaluate(MEDICAL, EvaluationRequest.of("medical", Site.CN, APRIL, List.of(missing)), List.of())).field());
        ResourceMonth elsewhere = ResourceMonth.builder("i", Money.of("1.00", "CNY")).incident(on("api", "02T10:00", "02T10:30")).build();
        InvalidInputException cvm = assertThrows(InvalidInputException.class,
                () -> SlaEngine.standard().evaluate(TestSlas.cvmLike(), EvaluationRequest.of("vm", Site.CN, APRIL, List.of(elsewhere)), List.of()));
        assertEquals("resources[0].incidents[0].signal", cvm.field());
        assertThrows(IllegalArgumentException.class, () -> signal("API"));
        assertThrows(IllegalArgumentException.class, () -> all(signal("api")));
    }

    private static List<Incident> random(Random random, String signal) {
        List<Incident> out = new ArrayList<>();
        Instant start = MONTH.start();
        for (int i = random.nextInt(6); i > 0; i--) {
            Instant s = start.plusSeconds(random.nextInt(3 * 86_400));
            out.add(Incident.of(s, s.plusSeconds(1 + random.nextInt(7200))).onSignal(signal));
        }
        return out;
    }

    private static BigDecimal measure(Signals expression, List<Incident> incidents) {
        // nanoseconds: exact, where minutes of odd seconds have no finite decimal
        return BigDecimal.valueOf(Rules.compositeMinutes(expression).unavailable(incidents, MONTH).measureNanos());
    }

    @ParameterizedTest
    @ValueSource(longs = {2, 31, 1999, 65537})
    void unionIsCountedOnceAndIntersectionIsWithinEach(long seed) {
        Random random = new Random(seed);
        int overlaps = 0;
        for (int round = 0; round < 200; round++) {
            List<Incident> all = new ArrayList<>(random(random, "api"));
            all.addAll(random(random, "console"));
            BigDecimal a = measure(any(signal("api"), signal("api")), all);
            BigDecimal c = measure(any(signal("console"), signal("console")), all);
            BigDecimal both = measure(all(signal("api"), signal("console")), all);
            BigDecimal either = measure(any(signal("api"), signal("console")), all);
            assertEquals(0, either.compareTo(a.add(c).subtract(both)), "inclusion-exclusion: " + all);
            assertTrue(both.compareTo(a.min(c)) <= 0 && either.compareTo(a.max(c)) >= 0, all.toString());
            BigDecimal runs = measure(lastingAtLeast(Duration.ofMinutes(30), any(signal("api"), signal("console"))), all);
            assertTrue(runs.compareTo(either) <= 0, all.toString());
            // the control: adding the two signals' minutes would count overlaps twice, and the seeds do produce overlaps
            if (a.add(c).compareTo(either) != 0) {
                overlaps++;
            }
        }
        assertTrue(overlaps > 0, "no overlapping signals were generated: the union property was not exercised");
    }

    @Test
    void timeSetsStayUntouched() {
        assertEquals(TimeSet.empty(), BOTH.unavailable(List.of(), MONTH));
    }
}
