package io.slakit.products.observability;

import io.slakit.api.CreditForm;
import io.slakit.api.EvaluationReport;
import io.slakit.api.EvaluationRequest;
import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import io.slakit.api.WindowSample;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.slakit.products.observability.ObservabilityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CodeBuddy, OrcaTerm and Smart Advisor: a minute is down only when every attempt in it failed. */
class MinuteProbeTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    // CodeBuddy 99.9/99.5/97/95 -> 5/10/20/50. April (43,200): 43.2 | 216 | 1,296 | 2,160; May (44,640): 44.64 | 223.2 | 1,339.2 | 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 5", "2024-04, 216, 5", "2024-04, 217, 10", "2024-04, 1296, 10",
            "2024-04, 1297, 20", "2024-04, 2160, 20", "2024-04, 2161, 50",
            "2024-05, 44, 0", "2024-05, 45, 5", "2024-05, 223, 5", "2024-05, 224, 10", "2024-05, 1339, 10",
            "2024-05, 1340, 20", "2024-05, 2232, 20", "2024-05, 2233, 50"})
    void codeBuddyTierEdges(String month, int failedMinutes, String percent) {
        ResourceReport r = evaluate("codebuddy", Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10));
        assertMinutes(metric(r), Integer.toString(failedMinutes));
        assertCredit(r, percent);
    }

    // OrcaTerm 99.9/99/95 -> 10/20/50. April: 43.2 | 432 | 2,160; May: 44.64 | 446.4 | 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 2160, 20", "2024-04, 2161, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 2232, 20", "2024-05, 2233, 50"})
    void orcaTermTierEdges(String month, int failedMinutes, String percent) {
        assertCredit(evaluate("orcaterm", Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10)), percent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"codebuddy", "orcaterm", "smart-advisor"})
    void oneSuccessfulAttemptMakesTheMinuteAvailable(String product) {
        ResourceReport r = evaluate(product, Site.CN, APRIL, windows(APRIL, MINUTE, 3000, 10, 9));
        assertMinutes(metric(r), "0");
        assertTrue(metric(r).met());
    }

    @ParameterizedTest
    @CsvSource({"codebuddy, routine-maintenance-or-dependencies", "codebuddy, domain-banned", "orcaterm, capacity-exceeded",
            "orcaterm, announced-maintenance", "smart-advisor, telecom-government-public-network", "smart-advisor, trial-or-free-use"})
    void aFailedMinuteUnderAnExcludedIncidentIsNotCounted(String product, String clause) {
        Instant start = fifth(APRIL);
        ResourceMonth r = windowsBuilder(APRIL, MINUTE, 100, 10, 10)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(100)), clause)).build();
        assertMinutes(metric(evaluate(product, Site.CN, APRIL, r)), "0");
    }

    // Smart Advisor 99.95%: 21.6 minutes allowed in April, 22.32 in May; no credit either way.
    @ParameterizedTest
    @CsvSource({"2024-04, 21, true", "2024-04, 22, false", "2024-05, 22, true", "2024-05, 23, false"})
    void smartAdvisorReportsTheCommitmentWithoutCredit(String month, int failedMinutes, boolean met) {
        ResourceReport r = evaluate("smart-advisor", Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10));
        assertEquals(met, metric(r).met());
        assertCredit(r, "0");
    }

    @Test
    void smartAdvisorSaysNoCreditDefined() {
        SlaDefinition d = definition("smart-advisor", Site.CN, APRIL.atDay(1));
        assertTrue(d.statesCommitment());
        assertFalse(d.definesCredit());
        assertEquals(14, d.exclusions().size());
        EvaluationReport report = SlaEngine.standard().evaluate(d,
                EvaluationRequest.of("smart-advisor", Site.CN, APRIL, List.of(windows(APRIL, MINUTE, 30, 10, 10))), List.of());
        assertFalse(report.creditDefined());
        assertEquals(CreditForm.NONE, report.creditForm());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("defines no credit")), report.warnings().toString());
    }

    @Test
    void orcaTermMonthsFollowTheTextsExample() {
        // 1.2: opened Mar 17, ended Jun 16 -> Mar 1-31 (whole: no activeFrom given), ..., Jun 1-16 (cut by activeUntil).
        ResourceReport march = evaluate("orcaterm", Site.CN, month("2024-03"), windows(month("2024-03"), MINUTE, 45, 10, 10));
        assertEquals(0, java.math.BigDecimal.valueOf(44_640).compareTo(metric(march).totalMinutes()));
        assertCredit(march, "10"); // 45 of 44,640 minutes: 99.899% < 99.9%
        ResourceMonth june = windowsBuilder(month("2024-06"), MINUTE, 45, 10, 10)
                .activeUntil(java.time.LocalDateTime.parse("2024-06-17T00:00").atZone(BEIJING).toInstant()).build();
        ResourceReport r = evaluate("orcaterm", Site.CN, month("2024-06"), june);
        assertEquals(0, java.math.BigDecimal.valueOf(16 * 1440).compareTo(metric(r).totalMinutes()));
        assertCredit(r, "10"); // 45 of 23,040 minutes: 99.805%
    }

    @Test
    void clauseCounts() {
        assertEquals(11, definition("codebuddy", Site.CN, APRIL.atDay(1)).exclusions().size());
        assertEquals(9, definition("orcaterm", Site.CN, APRIL.atDay(1)).exclusions().size());
    }

    @Test
    void windowsMustBeAlignedToTheMinute() {
        ResourceMonth off = resource().window(WindowSample.of(fifth(APRIL).plusSeconds(30), 10, 10)).build();
        org.junit.jupiter.api.Assertions.assertThrows(io.slakit.api.InvalidInputException.class,
                () -> evaluate("codebuddy", Site.CN, APRIL, off));
    }
}
