package io.slakit.core.engine;

import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.core.testing.TestSlas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded random properties of the engine (plain JUnit parameterized tests, reproducible by seed). */
class EnginePropertiesTest {
    private static final SlaDefinition VM = TestSlas.cvmLike();
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    private static final Instant START = APRIL.atDay(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();

    private static MetricResult evaluate(List<Incident> incidents, String fee) {
        ResourceMonth r = ResourceMonth.builder("ins", Money.of(fee, "CNY")).incidents(incidents).build();
        ResourceReport report = SlaEngine.standard().evaluate(VM, EvaluationRequest.of("vm", Site.CN, APRIL, List.of(r)), List.of()).resources().get(0);
        return report.metric("single-instance").orElseThrow();
    }

    private static List<Incident> randomIncidents(Random random) {
        List<Incident> incidents = new ArrayList<>();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            Instant s = START.plusSeconds(random.nextInt(29 * 86_400));
            incidents.add(Incident.of(s, s.plusSeconds(1 + random.nextInt(random.nextBoolean() ? 600 : 200_000))));
        }
        return incidents;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 99, 2024, 31337})
    void availabilityNeverRisesAsDowntimeGrows(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 100; round++) {
            List<Incident> incidents = randomIncidents(random);
            MetricResult before = evaluate(incidents, "100.00");
            List<Incident> more = new ArrayList<>(incidents);
            Instant s = START.plusSeconds(random.nextInt(29 * 86_400));
            more.add(Incident.of(s, s.plusSeconds(1 + random.nextInt(50_000))));
            MetricResult after = evaluate(more, "100.00");
            assertTrue(after.availability().compareTo(before.availability()) <= 0, "availability rose: " + incidents + " + one");
            assertTrue(after.creditPercent().orElseThrow().compareTo(before.creditPercent().orElseThrow()) >= 0, "credit fell");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 4242})
    void aCreditNeverExceedsTheFee(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 100; round++) {
            String fee = BigDecimal.valueOf(random.nextInt(1_000_000), 2).toPlainString();
            List<Incident> incidents = randomIncidents(random);
            ResourceMonth r = ResourceMonth.builder("ins", Money.of(fee, "CNY")).incidents(incidents).build();
            ResourceReport report = SlaEngine.standard().evaluate(VM, EvaluationRequest.of("vm", Site.CN, APRIL, List.of(r)), List.of()).resources().get(0);
            assertTrue(report.credit().compareTo(Money.of(fee, "CNY")) <= 0, "credit " + report.credit() + " exceeds fee " + fee);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 13, 808})
    void splittingOrDuplicatingAnIncidentNeverChangesTheMinutes(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            Instant s = START.plusSeconds(random.nextInt(20 * 86_400));
            long seconds = 61 + random.nextInt(50_000);
            Incident whole = Incident.of(s, s.plusSeconds(seconds));
            long cutMinute = 1 + random.nextInt((int) Math.max(1, seconds / 60 - 1));
            Instant cut = s.plus(Duration.ofMinutes(cutMinute));
            List<Incident> split = cut.isBefore(whole.endExclusive())
                    ? List.of(Incident.of(s, cut), Incident.of(cut, whole.endExclusive())) : List.of(whole);
            BigDecimal expected = evaluate(List.of(whole), "100.00").unavailableMinutes().orElseThrow();
            assertEquals(0, expected.compareTo(evaluate(split, "100.00").unavailableMinutes().orElseThrow()), "split at minute " + cutMinute);
            assertEquals(0, expected.compareTo(evaluate(List.of(whole, whole), "100.00").unavailableMinutes().orElseThrow()), "duplicated");
        }
    }
}
