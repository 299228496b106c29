package io.slakit.core.rules;

import io.slakit.api.CreditUnit;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 10 free requests per failed request of the counted windows (captcha-like), commitment 99.99 %, a minute down above
 * 0.01 % errors; April 2024 (43,200 minutes: 4.32 minutes allowed, so 5 bad minutes miss it), Beijing time.
 */
class FailedRequestCreditTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static SlaDefinition definition(WindowedRate rule) {
        return Sla.define("captcha-like", Site.CN, Family.SECURITY)
                .names("验证码", "Captcha (test)")
                .source(Seeds.CN, 1, "验证码服务等级协议")
                .updated("2024-01-01T00:00:00")
                .effectiveFromUpdatedDate()
                .metric(metric("availability", "服务可用性")
                        .measuredBy(rule)
                        .commitment("99.99", 2)
                        .credit(Credits.perFailedRequest(CreditUnit.CAPTCHA_REQUESTS, "10"), 3))
                .exclusion("4.8", "force-majeure", "Force majeure", 4)
                .build();
    }

    static final SlaDefinition EVERY_MINUTE = definition(Rules.errorRateAbove("0.01", Duration.ofMinutes(1)));

    static Instant at(String local) {
        return LocalDateTime.parse("2024-04-" + local).atZone(BEIJING).toInstant();
    }

    static MetricResult evaluate(SlaDefinition d, ResourceMonth r) {
        return SlaEngine.standard().evaluate(d, EvaluationRequest.of("captcha-like", Site.CN, YearMonth.of(2024, 4), List.of(r)), List.of())
                .resources().get(0).metric("availability").orElseThrow();
    }

    /** Minute windows from 02T10:00, one per entry of {@code failed}, each of 10,000 requests. */
    static ResourceMonth.Builder minutes(long... failed) {
        ResourceMonth.Builder b = ResourceMonth.builder("app", Money.of("100.00", "CNY"));
        for (int i = 0; i < failed.length; i++) {
            b.window(WindowSample.of(at("02T10:00").plus(Duration.ofMinutes(i)), 10_000, failed[i]));
        }
        return b;
    }

    static void assertUnits(MetricResult m, String units) {
        assertEquals(CreditUnit.CAPTCHA_REQUESTS, m.usageCredit().orElseThrow().unit());
        assertEquals(0, new BigDecimal(units).compareTo(m.usageCredit().orElseThrow().amount()), m.explanation() + " " + m.usageCredit());
    }

    @Test
    void tenTimesTheFailedRequestsOfTheBadMinutes() {
        // 5 bad minutes (2 of 10,000 = 0.02 % > 0.01 %), 10 failed requests: 100 free requests; a minute at exactly
        // 0.01 % (1 of 10,000) is not bad and its failed request is not counted
        MetricResult m = evaluate(EVERY_MINUTE, minutes(2, 2, 2, 2, 2, 1).build());
        assertFalse(m.met());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(m.unavailableMinutes().orElseThrow()));
        assertUnits(m, "100");
    }

    @Test
    void nothingWhenTheCommitmentIsMet() {
        // 4 bad minutes: 4 <= 4.32 allowed, 99.9907 % >= 99.99 %
        MetricResult m = evaluate(EVERY_MINUTE, minutes(50, 50, 50, 50).build());
        assertTrue(m.met());
        assertUnits(m, "0");
    }

    @Test
    void aWindowOverlappingExcludedTimeCountsNoFailures() {
        // 6 bad minutes of 3 failed each; 10:02 overlaps a force-majeure incident: 5 counted, 15 failed, 150 requests
        ResourceMonth r = minutes(3, 3, 3, 3, 3, 3)
                .incident(Incident.excluded(at("02T10:02:30"), at("02T10:02:40"), "force-majeure")).build();
        MetricResult m = evaluate(EVERY_MINUTE, r);
        assertEquals(0, BigDecimal.valueOf(5).compareTo(m.unavailableMinutes().orElseThrow()));
        assertUnits(m, "150");
        // the same failures wholly excluded: nothing counted, the commitment met
        ResourceMonth all = minutes(3, 3, 3, 3, 3, 3)
                .incident(Incident.excluded(at("02T10:00"), at("02T10:06"), "force-majeure")).build();
        MetricResult none = evaluate(EVERY_MINUTE, all);
        assertTrue(none.met());
        assertUnits(none, "0");
    }

    @Test
    void onlyTheWindowsOfCountedRunsAddTheirFailures() {
        // runs of at least 2: 10:00-10:01 (2 + 3) count, 10:03 alone (50) does not, 10:05-10:07 (4 + 5 + 6) count:
        // 5 minutes, 20 failed, 200 requests
        SlaDefinition d = definition(Rules.errorRateAbove("0.01", Duration.ofMinutes(1)).countingRunsOfAtLeast(2));
        MetricResult m = evaluate(d, minutes(2, 3, 0, 50, 0, 4, 5, 6).build());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(m.unavailableMinutes().orElseThrow()));
        assertUnits(m, "200");
    }

    @Test
    void theMultipleMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Credits.perFailedRequest(CreditUnit.CAPTCHA_REQUESTS, "0"));
        assertEquals(0, BigDecimal.TEN.compareTo(Credits.perFailedRequest(CreditUnit.CAPTCHA_REQUESTS, "10").multiple()));
    }
}
