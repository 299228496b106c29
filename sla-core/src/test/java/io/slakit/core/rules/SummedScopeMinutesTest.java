package io.slakit.core.rules;

import io.slakit.api.Attribution;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Family;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** April 2024 (43,200 minutes), Beijing time; a console that ignores outages under 5 minutes and an interface that ignores 5 or less (MPM). */
class SummedScopeMinutesTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final YearMonth APRIL = YearMonth.of(2024, 4);
    static final SummedScopeMinutes RULE = Rules.summedScopeMinutes()
            .scopeIgnoringUnder("console", Duration.ofMinutes(5))
            .scopeIgnoringAtOrUnder("interface", Duration.ofMinutes(5));
    static final SlaDefinition MONITOR = Sla.define("monitor", Site.CN, Family.OBSERVABILITY)
            .names("监控", "Monitor (test)")
            .source(Seeds.CN, 1, "监控服务等级协议")
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

    static Incident on(String scope, String from, String to) {
        return new Incident(at(from), at(to), scope, Attribution.provider());
    }

    static Incident excluded(String scope, String from, String to) {
        return new Incident(at(from), at(to), scope, Attribution.excluded("force-majeure"));
    }

    static MetricResult measure(Incident... incidents) {
        ResourceMonth.Builder b = ResourceMonth.builder("app-1", Money.of("1000.00", "CNY"));
        for (Incident i : incidents) {
            b.incident(i);
        }
        ResourceReport report = SlaEngine.standard().evaluate(MONITOR, EvaluationRequest.of("monitor", Site.CN, APRIL, List.of(b.build())),
                List.of()).resources().get(0);
        return report.metric("availability").orElseThrow();
    }

    static BigDecimal minutes(Incident... incidents) {
        return new BigDecimal(measure(incidents).unavailableMinutes().orElseThrow().stripTrailingZeros().toPlainString());
    }

    @Test
    void componentsAddUpWhereAMergeWouldCountOnce() {
        // console 10:00-11:00 and interface 10:00-11:00: 60 + 60 = 120, not 60
        assertEquals(new BigDecimal("120"), minutes(on("console", "02T10:00", "02T11:00"), on("interface", "02T10:00", "02T11:00")));
        // within a component overlaps merge: console 10:00-10:40 and 10:20-11:00 are one 60-minute outage
        assertEquals(new BigDecimal("60"), minutes(on("console", "02T10:00", "02T10:40"), on("console", "02T10:20", "02T11:00")));
    }

    @Test
    void eachComponentHasItsOwnThreshold() {
        // exactly 5 minutes: the console counts it (only under 5 is ignored), the interface does not (5 or less ignored)
        assertEquals(new BigDecimal("5"), minutes(on("console", "02T10:00", "02T10:05")));
        assertEquals(BigDecimal.ZERO, minutes(on("interface", "02T10:00", "02T10:05")));
        // 4m59s on the console is ignored; 5m01s on the interface counts exactly (no rounding): 301 s = 5.0166... minutes
        assertEquals(BigDecimal.ZERO, minutes(on("console", "02T10:00", "02T10:04:59")));
        assertEquals(0, new BigDecimal("301").divide(new BigDecimal("60"), 10, java.math.RoundingMode.HALF_UP)
                .compareTo(minutes(on("interface", "02T10:00", "02T10:05:01")).setScale(10, java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void roundingUpAppliesPerCountedSpan() {
        SummedScopeMinutes up = RULE.roundingUp();
        assertEquals(Rounding.UP_TO_MINUTE, up.roundingRule());
        assertTrue(up.describe().contains("console (outages under 5 minutes are ignored)"), up.describe());
        assertEquals(List.of("console", "interface"), up.requiredIncidentScopes());
    }

    @Test
    void exclusionsRemoveTimeFromTheirComponentOrFromEveryComponent() {
        // a scoped exclusion over the console's 10:00-10:30: the console's 60 minutes become 30; the interface's 60 stay
        assertEquals(new BigDecimal("90"), minutes(on("console", "02T10:00", "02T11:00"), on("interface", "02T10:00", "02T11:00"),
                excluded("console", "02T10:00", "02T10:30")));
        // a resource-wide exclusion ("") over 10:00-10:30 removes 30 from both: 30 + 30
        assertEquals(new BigDecimal("60"), minutes(on("console", "02T10:00", "02T11:00"), on("interface", "02T10:00", "02T11:00"),
                excluded("", "02T10:00", "02T10:30")));
        // the threshold applies after the exclusion: 10 minutes with 6 excluded leaves 4 on the console, under 5, ignored
        assertEquals(BigDecimal.ZERO, minutes(on("console", "02T10:00", "02T10:10"), excluded("", "02T10:00", "02T10:06")));
        // failures wholly inside an excluded span count as none, and the month is met
        MetricResult m = measure(on("interface", "02T10:00", "02T20:00"), excluded("", "02T09:00", "02T21:00"));
        assertEquals(0, m.unavailableMinutes().orElseThrow().signum());
        assertTrue(m.met());
    }

    @Test
    void theSumIsAgainstTheMonthAndEarnsTheTier() {
        // 30 + 30 = 60 minutes: 1 - 60 / 43,200 = 99.8611 % -> [99, 99.9) -> 10 % of 1,000 = 100.00; either alone (30) meets 99.9 %
        ResourceMonth r = ResourceMonth.builder("app-1", Money.of("1000.00", "CNY"))
                .incident(on("console", "02T10:00", "02T10:30")).incident(on("interface", "03T10:00", "03T10:30")).build();
        ResourceReport report = SlaEngine.standard().evaluate(MONITOR, EvaluationRequest.of("monitor", Site.CN, APRIL, List.of(r)), List.of())
                .resources().get(0);
        assertEquals(Money.of("100.00", "CNY"), report.credit());
        assertEquals(new BigDecimal("30"), minutes(on("console", "02T10:00", "02T10:30")));
        assertTrue(measure(on("console", "02T10:00", "02T10:30")).met());
    }

    @Test
    void sumsBeyondTheMonthCountAsTheWholeMonth() {
        Incident console = new Incident(Instant.parse("2024-03-31T16:00:00Z"), Instant.parse("2024-04-30T16:00:00Z"), "console", Attribution.provider());
        Incident api = new Incident(Instant.parse("2024-03-31T16:00:00Z"), Instant.parse("2024-04-30T16:00:00Z"), "interface", Attribution.provider());
        assertEquals(new BigDecimal("43200"), minutes(console, api));
    }

    @Test
    void scopesAreCheckedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> measure(on("db", "02T10:00", "02T10:30")));
        assertEquals("resources[0].incidents[0].scope", e.field());
        assertTrue(e.getMessage().contains("[console, interface]"), e.getMessage());
        // a provider incident on the resource-wide scope is not a component
        assertThrows(InvalidInputException.class, () -> measure(on("", "02T10:00", "02T10:30")));
        assertThrows(IllegalArgumentException.class, () -> RULE.scope("console"));
        assertThrows(IllegalArgumentException.class, () -> Rules.summedScopeMinutes().scope("Console"));
    }
}
