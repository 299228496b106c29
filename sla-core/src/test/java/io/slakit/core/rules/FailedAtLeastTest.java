package io.slakit.core.rules;

import io.slakit.api.EvaluationRequest;
import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.dsl.Sla;
import io.slakit.core.dsl.Seeds;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static io.slakit.core.dsl.MetricSpec.metric;
import static io.slakit.core.rules.Credits.tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "5 or more failed calls in a minute" (RUM), April 2024 (43,200 minutes), Beijing time. */
class FailedAtLeastTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final WindowedRate RULE = Rules.failedAtLeast(5, Duration.ofMinutes(1));
    static final SlaDefinition RUM = Sla.define("rum-like", Site.CN, Family.OBSERVABILITY)
            .names("前端", "RUM (test)")
            .source(Seeds.CN, 1, "前端服务等级协议")
            .updated("2024-01-01T00:00:00")
            .effectiveFromUpdatedDate()
            .metric(metric("availability", "服务可用性")
                    .measuredBy(RULE)
                    .commitment("99.9", 2)
                    .tiers(3, tier("[99, 99.9)", "10"), tier("[0, 99)", "25")))
            .exclusion("4.1", "force-majeure", "Force majeure", 4)
            .build();

    static Instant at(String local) {
        return LocalDateTime.parse("2024-04-" + local).atZone(BEIJING).toInstant();
    }

    static MetricResult measure(ResourceMonth r) {
        return SlaEngine.standard().evaluate(RUM, EvaluationRequest.of("rum-like", Site.CN, YearMonth.of(2024, 4), List.of(r)), List.of())
                .resources().get(0).metric("availability").orElseThrow();
    }

    static ResourceMonth minute(long total, long failed) {
        return ResourceMonth.builder("app", Money.of("100.00", "CNY")).window(WindowSample.of(at("02T10:00"), total, failed)).build();
    }

    @Test
    void fiveFailuresMakeADownMinuteWhateverTheTotal() {
        assertEquals(BigDecimal.ONE, measure(minute(1_000_000, 5)).unavailableMinutes().orElseThrow());
        assertEquals(BigDecimal.ZERO, measure(minute(1_000_000, 4)).unavailableMinutes().orElseThrow());
        assertEquals(BigDecimal.ONE, measure(minute(5, 5)).unavailableMinutes().orElseThrow());
        assertEquals(BigDecimal.ZERO, measure(minute(4, 4)).unavailableMinutes().orElseThrow());
    }

    @Test
    void theExistingCriteriaAreUnchangedAndTheNewOneDescribesItself() {
        assertEquals("windowed-rate", RULE.rule());
        assertEquals("5", RULE.parameters().get("failedCount"));
        assertFalse(RULE.parameters().containsKey("percent"));
        assertTrue(RULE.describe().contains("5 or more requests in it failed"), RULE.describe());
        assertEquals("0.05", Rules.errorRateAbove("0.05", Duration.ofMinutes(5)).parameters().get("percent"));
        assertThrows(IllegalArgumentException.class, () -> Rules.failedAtLeast(0, Duration.ofMinutes(1)));
    }

    @Test
    void tierEdgesInAThirtyDayMonth() {
        // 43 down minutes: 1 - 43 / 43,200 = 99.9005 % (met); 44: 99.8981 % -> 10 %; 432: exactly 99 % -> 10 %; 433 -> 25 %
        assertTrue(measure(downMinutes(43)).met());
        assertFalse(measure(downMinutes(44)).met());
        assertEquals(new BigDecimal("10"), measure(downMinutes(432)).creditPercent().orElseThrow().stripTrailingZeros().setScale(0));
        assertEquals(new BigDecimal("25"), measure(downMinutes(433)).creditPercent().orElseThrow().stripTrailingZeros().setScale(0));
    }

    @Test
    void aMinuteOverlappingExcludedTimeCountsWithoutFailures() {
        ResourceMonth r = ResourceMonth.builder("app", Money.of("100.00", "CNY"))
                .window(WindowSample.of(at("02T10:00"), 10, 10))
                .incident(Incident.excluded(at("02T10:00:30"), at("02T10:00:40"), "force-majeure")).build();
        assertEquals(BigDecimal.ZERO, measure(r).unavailableMinutes().orElseThrow());
    }

    @Test
    void theFleetPathCountsTheSameMinutes() {
        // windows of 4, 5 and 6 failures out of 1,000,000, 5 and 6 requests: only the 5s and 6s are down
        ResourceMonth.Builder b = ResourceMonth.builder("app", Money.of("100.00", "CNY"));
        Instant first = at("02T00:00");
        long[][] windows = {{1_000_000, 4}, {1_000_000, 5}, {5, 5}, {6, 6}, {6, 4}, {10, 0}};
        for (int i = 0; i < windows.length; i++) {
            b.window(WindowSample.of(first.plus(Duration.ofMinutes(i)), windows[i][0], windows[i][1]));
        }
        ResourceMonth r = b.build();
        assertEquals(BigDecimal.valueOf(3), measure(r).unavailableMinutes().orElseThrow());
        io.slakit.core.fleet.FleetPlan plan = io.slakit.core.fleet.FleetPlan.compile(RUM, RUM.editions().get(0), YearMonth.of(2024, 4))
                .plan().orElseThrow();
        assertTrue(plan.accepts(r));
        assertEquals(3, plan.newEvaluator().unavailableMinutes(r));
    }

    static ResourceMonth downMinutes(int n) {
        ResourceMonth.Builder b = ResourceMonth.builder("app", Money.of("100.00", "CNY"));
        Instant first = at("02T00:00");
        for (int i = 0; i < n; i++) {
            b.window(WindowSample.of(first.plus(Duration.ofMinutes(i)), 20, 5));
        }
        return b.build();
    }
}
