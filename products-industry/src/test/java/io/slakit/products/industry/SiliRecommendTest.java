package io.slakit.products.industry;

import io.slakit.api.ClaimWindow;
import io.slakit.api.CreditForm;
import io.slakit.api.CreditUnit;
import io.slakit.api.ExclusionClause;
import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.SlaDefinition;
import io.slakit.api.UsageCredit;
import io.slakit.core.engine.SlaEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static io.slakit.products.industry.ClinicalSaasTest.evaluateDefinition;
import static io.slakit.products.industry.IndustryFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 四力选品智能推荐 (57379): minutes when every attempt failed, credits in extra calendar days of service. */
class SiliRecommendTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final SlaDefinition SILI = SiliRecommend.definition();

    private static void assertDays(ResourceReport r, String days) {
        UsageCredit owed = r.usageCredit(CreditUnit.SERVICE_DAYS).orElseThrow();
        assertEquals(0, new BigDecimal(days).compareTo(owed.amount()), () -> "days " + owed + ", expected " + days + ": " + r.metrics());
        assertEquals(0, r.credit().amount().signum(), "no money is paid");
    }

    // 99.90 / 99 / 95 -> 3 / 6 / 15 days. April (43,200): 43.2 | 432 | 2,160; May (44,640): 44.64 | 446.4 | 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 3", "2024-04, 432, 3", "2024-04, 433, 6", "2024-04, 2160, 6", "2024-04, 2161, 15",
            "2024-05, 44, 0", "2024-05, 45, 3", "2024-05, 446, 3", "2024-05, 447, 6", "2024-05, 2232, 6", "2024-05, 2233, 15"})
    void tierEdgesInServiceDays(String month, int failedMinutes, String days) {
        ResourceReport r = evaluateDefinition(SILI, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10));
        assertMinutes(metric(r), Integer.toString(failedMinutes));
        assertDays(r, days);
    }

    @Test
    void oneSuccessfulAttemptMakesTheMinuteAvailable() {
        ResourceReport r = evaluateDefinition(SILI, APRIL, windows(APRIL, MINUTE, 3000, 10, 9));
        assertMinutes(metric(r), "0");
        assertDays(r, "0");
    }

    @Test
    void everyClauseRemovesTheMinutesItCovers() {
        ResourceReport control = evaluateDefinition(SILI, APRIL, windows(APRIL, MINUTE, 3000, 10, 10));
        assertDays(control, "15");
        Instant start = fifth(APRIL);
        Instant end = start.plus(Duration.ofMinutes(3000));
        assertEquals(8, SILI.exclusions().size());
        for (ExclusionClause clause : SILI.exclusions()) {
            ResourceMonth r = windowsBuilder(APRIL, MINUTE, 3000, 10, 10).incident(Incident.excluded(start, end, clause.code())).build();
            ResourceReport report = evaluateDefinition(SILI, APRIL, r);
            assertMinutes(metric(report), "0");
            assertDays(report, "0");
            assertTrue(metric(report).excludedMinutes().containsKey(clause.code()), clause.code());
        }
    }

    @ParameterizedTest(name = "{0}: {1}..{2}")
    @CsvSource({
            // 3.2 (57418): within the next month's 30th calendar day, no opening delay.
            "2024-04, 2024-05-01, 2024-05-30",
            "2024-05, 2024-06-01, 2024-06-30",
            // January: the 30th day counted from Feb 1 runs past February's end (leap 2024: Mar 1; 2025: Mar 2).
            "2024-01, 2024-02-01, 2024-03-01",
            "2025-01, 2025-02-01, 2025-03-02"})
    void claimsCloseOnTheNextMonthsThirtiethDay(String month, String opens, String closes) {
        ClaimWindow w = SlaEngine.standard().claimWindow(SILI, YearMonth.parse(month), Optional.empty()).orElseThrow();
        assertEquals(LocalDate.parse(opens), w.opensOn());
        assertEquals(LocalDate.parse(closes), w.closesOn());
        assertEquals(LocalDate.parse(opens).plusDays(29), w.closesOn());
        assertEquals("from the first day of the next month to 30 calendar days after the service month ends",
                SILI.claimPolicy().orElseThrow().describe());
    }

    @Test
    void creditsAreServiceDays() {
        assertEquals(CreditForm.SERVICE_DAYS, SILI.creditForm());
        assertTrue(SILI.notes().stream().anyMatch(n -> n.contains("服务阅读")));
    }
}
