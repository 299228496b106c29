package io.slakit.products.security;

import io.slakit.api.Attribution;
import io.slakit.api.Incident;
import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.security.SecurityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The bastion host: three kinds of unavailability, summed. */
class BastionHostTest {

    private static Incident kind(String kind, Instant start, long minutes) {
        return new Incident(start, start.plus(Duration.ofMinutes(minutes)), kind, Attribution.provider());
    }

    @Test
    void kindsAddUpEvenWhenTheyOverlap() {
        // 30 minutes of management and 30 of protocol proxy at the same time, plus 10 of lost audit logs: 70 minutes.
        Instant t = fifth(APRIL);
        ResourceMonth r = resource()
                .incident(kind("management", t, 30))
                .incident(kind("protocol-proxy", t, 30))
                .incident(kind("audit-log", t.plus(Duration.ofHours(5)), 10))
                .build();
        assertMinutes(metric(evaluate("bh", APRIL, r)), "70");
    }

    @Test
    void overlapsWithinAKindCountOnce() {
        Instant t = fifth(APRIL);
        ResourceMonth r = resource()
                .incident(kind("management", t, 30))
                .incident(kind("management", t.plus(Duration.ofMinutes(20)), 30))
                .build();
        assertMinutes(metric(evaluate("bh", APRIL, r)), "50");
    }

    @Test
    void exactDurationsNoRounding() {
        Instant t = fifth(APRIL);
        ResourceMonth r = resource().incident(new Incident(t, t.plusSeconds(90), "audit-log", Attribution.provider())).build();
        assertMinutes(metric(evaluate("bh", APRIL, r)), "1.5");
    }

    // [99, 99.9) 10, [98, 99) 20, [0, 98) 50. April 43.2 | 432 | 864; May 44.64 | 446.4 | 892.8. Split over two kinds.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 864, 20", "2024-04, 865, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 892, 20", "2024-05, 893, 50"})
    void tierEdges(String month, long minutes, String percent) {
        Instant t = fifth(month(month));
        long first = minutes / 2;
        ResourceMonth r = resource()
                .incident(kind("management", t, first))
                .incident(kind("protocol-proxy", t.plus(Duration.ofDays(3)), minutes - first))
                .build();
        ResourceReport report = evaluate("bh", month(month), r);
        assertMinutes(metric(report), Long.toString(minutes));
        assertCredit(report, percent);
    }

    @Test
    void anIncidentMustNameItsKind() {
        assertThrows(InvalidInputException.class, () -> evaluate("bh", APRIL, outage(APRIL, 600)));
    }

    @ParameterizedTest
    @CsvSource({"framework-component-failure", "terminal-failure", "hosts-over-spec"})
    void excludedTimeIsNotCounted(String code) {
        Instant t = fifth(APRIL);
        ResourceMonth r = resource()
                .incident(kind("management", t, 100))
                .incident(Incident.excluded(t, t.plus(Duration.ofMinutes(100)), code))
                .build();
        assertMinutes(metric(evaluate("bh", APRIL, r)), "0");
    }

    private static Incident excludedIn(String scope, Instant start, long minutes, String code) {
        return new Incident(start, start.plus(Duration.ofMinutes(minutes)), scope, Attribution.excluded(code));
    }

    @Test
    void theRuleNamesItsKindsAsTheScopesAProviderIncidentMustName() {
        io.slakit.api.Metric m = definition("bh", io.slakit.api.Site.CN, java.time.LocalDate.of(2024, 6, 1))
                .editions().get(0).metrics().get(0);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("management", "protocol-proxy", "audit-log"),
                m.measurement().requiredIncidentScopes());
    }

    @Test
    void aResourceWideExclusionRemovesItsTimeFromEveryKind() {
        // 100 minutes of each of the three kinds at once, all inside an excluded span with scope "": nothing counts,
        // the same result as a month without failures, and the report names the clause.
        Instant t = fifth(APRIL);
        ResourceMonth inside = resource()
                .incident(kind("management", t, 100))
                .incident(kind("protocol-proxy", t, 100))
                .incident(kind("audit-log", t, 100))
                .incident(excludedIn("", t, 100, "terminal-failure"))
                .build();
        ResourceMonth none = resource().incident(excludedIn("", t, 100, "terminal-failure")).build();
        io.slakit.api.MetricResult a = metric(evaluate("bh", APRIL, inside));
        io.slakit.api.MetricResult b = metric(evaluate("bh", APRIL, none));
        assertMinutes(a, "0");
        org.junit.jupiter.api.Assertions.assertEquals(b.availability(), a.availability());
        org.junit.jupiter.api.Assertions.assertEquals(b.met(), a.met());
        org.junit.jupiter.api.Assertions.assertTrue(a.excludedMinutes().containsKey("terminal-failure"));
        assertCredit(evaluate("bh", APRIL, inside), "0");
    }

    @Test
    void aResourceWideExclusionRemovesOnlyTheTimeItCovers() {
        // Management down minutes 0-100 and audit logs 0-50, with minutes 40-60 excluded resource-wide: 80 + 40 = 120.
        Instant t = fifth(APRIL);
        ResourceMonth r = resource()
                .incident(kind("management", t, 100))
                .incident(kind("audit-log", t, 50))
                .incident(excludedIn("", t.plus(Duration.ofMinutes(40)), 20, "hosts-over-spec"))
                .build();
        assertMinutes(metric(evaluate("bh", APRIL, r)), "120");
    }

    @Test
    void anExclusionNamingAKindRemovesTimeFromThatKindOnly() {
        // Management and protocol proxy down the same 100 minutes; the exclusion names management: 100 remain.
        Instant t = fifth(APRIL);
        ResourceMonth r = resource()
                .incident(kind("management", t, 100))
                .incident(kind("protocol-proxy", t, 100))
                .incident(excludedIn("management", t, 100, "framework-component-failure"))
                .build();
        assertMinutes(metric(evaluate("bh", APRIL, r)), "100");
    }

    @Test
    void anExcludedIncidentMustNameAKindOrTheWholeResource() {
        Instant t = fifth(APRIL);
        ResourceMonth r = resource().incident(excludedIn("console", t, 10, "terminal-failure")).build();
        assertThrows(InvalidInputException.class, () -> evaluate("bh", APRIL, r));
    }
}
