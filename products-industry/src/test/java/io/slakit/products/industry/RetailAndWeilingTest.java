package io.slakit.products.industry;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.industry.IndustryFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Smart retail Lite (failed minutes) and weiling (mean of 5-minute error rates, whole months only). */
class RetailAndWeilingTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration FIVE = Duration.ofMinutes(5);

    // Smart retail Lite 99 / 95 -> 25 / 50. April (43,200): 432 | 2,160; May (44,640): 446.4 | 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 432, 0", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 50",
            "2024-05, 446, 0", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 50"})
    void retailTierEdges(String month, int failedMinutes, String percent) {
        ResourceReport r = evaluate("smart-retail-lite", Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10));
        assertMinutes(metric(r), Integer.toString(failedMinutes));
        assertCredit(r, percent);
    }

    @Test
    void retailPartialUseIsAvailableAndExclusionsRemoveTime() {
        assertCredit(evaluate("smart-retail-lite", Site.CN, APRIL, windows(APRIL, MINUTE, 3000, 10, 9)), "0");
        Instant start = fifth(APRIL);
        ResourceMonth r = windowsBuilder(APRIL, MINUTE, 3000, 10, 10)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(3000)), "announced-maintenance")).build();
        assertCredit(evaluate("smart-retail-lite", Site.CN, APRIL, r), "0");
        assertEquals(8, definition("smart-retail-lite", Site.CN, APRIL.atDay(1)).exclusions().size());
    }

    // Weiling 99.9 / 99 / 95 -> 10 / 25 / 100, whole failed 5-minute windows (rate 100%).
    // April: 8,640 windows: 8.64 | 86.4 | 432. May: 8,928 windows: 8.928 | 89.28 | 446.4.
    @ParameterizedTest
    @CsvSource({"2024-04, 8, 0", "2024-04, 9, 10", "2024-04, 86, 10", "2024-04, 87, 25", "2024-04, 432, 25", "2024-04, 433, 100",
            "2024-05, 8, 0", "2024-05, 9, 10", "2024-05, 89, 10", "2024-05, 90, 25", "2024-05, 446, 25", "2024-05, 447, 100"})
    void weilingTierEdges(String month, int failedWindows, String percent) {
        assertCredit(evaluate("weiling", Site.CN, month(month), windows(month(month), FIVE, failedWindows, 100, 100)), percent);
    }

    @Test
    void weilingAddsEachWindowsRate() {
        // 17 windows at 50% add 8.5 of 8,640 -> 99.9016%, met; 18 add 9 -> 99.8958% -> 10%.
        assertCredit(evaluate("weiling", Site.CN, APRIL, windows(APRIL, FIVE, 17, 100, 50)), "0");
        assertCredit(evaluate("weiling", Site.CN, APRIL, windows(APRIL, FIVE, 18, 100, 50)), "10");
    }

    @Test
    void weilingPartialMonthIsNotEvaluated() {
        // 1.2 (54312): opened on Apr 16, April is no service period, however many windows failed.
        Instant opened = LocalDate.of(2024, 4, 16).atStartOfDay(BEIJING).toInstant();
        ResourceMonth res = windowsFrom(resource().activeFrom(opened), opened, FIVE, 900, 100, 100).build();
        ResourceReport r = evaluate("weiling", Site.CN, APRIL, res);
        assertTrue(r.metrics().isEmpty(), r.toString());
        assertCredit(r, "0");
    }

    @Test
    void weilingExcludedWindowsCountAsWithoutFailures() {
        Instant start = fifth(APRIL);
        for (String clause : new String[] {"qps-exceeded", "carrier-network", "regulator-control", "dependency-failure"}) {
            ResourceMonth r = windowsBuilder(APRIL, FIVE, 500, 100, 100)
                    .incident(Incident.excluded(start, start.plus(FIVE.multipliedBy(500)), clause)).build();
            assertCredit(evaluate("weiling", Site.CN, APRIL, r), "0");
        }
        assertEquals(17, definition("weiling", Site.CN, APRIL.atDay(1)).exclusions().size());
    }
}
