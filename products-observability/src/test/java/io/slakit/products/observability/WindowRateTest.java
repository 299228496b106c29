package io.slakit.products.observability;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.observability.ObservabilityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * APM and CLS: availability = 1 - sum of 5-minute error rates / 5-minute units in the month (April 8,640, May 8,928).
 * WeDa: a minute is down when its error rate is above 5%.
 */
class WindowRateTest {
    private static final Duration FIVE = Duration.ofMinutes(5);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    // APM 99.9/99/95 -> 10/25/100. Units wholly failed (rate 1): April allows 8.64 | 86.4 | 432; May 8.928 | 89.28 | 446.4.
    @ParameterizedTest
    @CsvSource({"2024-04, 8, 0", "2024-04, 9, 10", "2024-04, 86, 10", "2024-04, 87, 25", "2024-04, 432, 25", "2024-04, 433, 100",
            "2024-05, 8, 0", "2024-05, 9, 10", "2024-05, 89, 10", "2024-05, 90, 25", "2024-05, 446, 25", "2024-05, 447, 100"})
    void apmTierEdges(String month, int failedUnits, String percent) {
        assertCredit(evaluate("apm", Site.CN, month(month), windows(month(month), FIVE, failedUnits, 100, 100)), percent);
    }

    @Test
    void apmRatesExactlyOnTheBounds() {
        // 864 units at 1% (1 of 100): sum 8.64 -> exactly 99.9% in April, met; 865 units -> 10%.
        assertTrue(metric(evaluate("apm", Site.CN, APRIL, windows(APRIL, FIVE, 864, 100, 1))).met());
        assertCredit(evaluate("apm", Site.CN, APRIL, windows(APRIL, FIVE, 865, 100, 1)), "10");
        // All 8,640 April units at 5%: sum 432 -> exactly 95% -> the [95, 99) row, 25%; at 5.01% (501 of 10,000) -> 100%.
        Instant first = APRIL.atDay(1).atStartOfDay(BEIJING).toInstant();
        assertCredit(evaluate("apm", Site.CN, APRIL, windowsFrom(resource(), first, FIVE, 8640, 100, 5).build()), "25");
        assertCredit(evaluate("apm", Site.CN, APRIL, windowsFrom(resource(), first, FIVE, 8640, 10_000, 501).build()), "100");
    }

    // CLS 99.95/99/95 -> 15/30/100. April 4.32 | 86.4 | 432; May 4.464 | 89.28 | 446.4.
    @ParameterizedTest
    @CsvSource({"2024-04, 4, 0", "2024-04, 5, 15", "2024-04, 86, 15", "2024-04, 87, 30", "2024-04, 432, 30", "2024-04, 433, 100",
            "2024-05, 4, 0", "2024-05, 5, 15", "2024-05, 89, 15", "2024-05, 90, 30", "2024-05, 446, 30", "2024-05, 447, 100"})
    void clsTierEdges(String month, int failedUnits, String percent) {
        assertCredit(evaluate("cls", Site.CN, month(month), windows(month(month), FIVE, failedUnits, 100, 100)), percent);
    }

    @Test
    void clsPartialRatesAdd() {
        // 10 units at 50%: sum 5 -> 1 - 5/8640 = 99.942% -> 15%; 8 units at 50%: sum 4 -> 99.954% -> met.
        assertCredit(evaluate("cls", Site.CN, APRIL, windows(APRIL, FIVE, 10, 100, 50)), "15");
        assertTrue(metric(evaluate("cls", Site.CN, APRIL, windows(APRIL, FIVE, 8, 100, 50))).met());
    }

    // WeDa 99.95/99/95 -> 10/25/50 on bad minutes. September 2025 (30 days): 21.6 | 432 | 2,160; August 2025 (31): 22.32 | 446.4 | 2,232.
    @ParameterizedTest
    @CsvSource({"2025-09, 21, 0", "2025-09, 22, 10", "2025-09, 432, 10", "2025-09, 433, 25", "2025-09, 2160, 25", "2025-09, 2161, 50",
            "2025-08, 22, 0", "2025-08, 23, 10", "2025-08, 446, 10", "2025-08, 447, 25", "2025-08, 2232, 25", "2025-08, 2233, 50"})
    void wedaTierEdges(String month, int badMinutes, String percent) {
        ResourceReport r = evaluate("weda", Site.CN, month(month), windows(month(month), MINUTE, badMinutes, 100, 6));
        assertMinutes(metric(r), Integer.toString(badMinutes));
        assertCredit(r, percent);
    }

    @Test
    void wedaExactlyFivePercentIsNotAnError() {
        assertMinutes(metric(evaluate("weda", Site.CN, month("2025-09"), windows(month("2025-09"), MINUTE, 100, 100, 5))), "0");
        assertMinutes(metric(evaluate("weda", Site.CN, month("2025-09"), windows(month("2025-09"), MINUTE, 100, 1000, 51))), "100");
    }

    @ParameterizedTest
    @CsvSource({"weda, private-deployment", "weda, customer-misoperation", "weda, capacity-exceeded", "weda, customer-operation"})
    void wedaMinutesUnderAnExcludedIncidentAreNotCounted(String product, String clause) {
        Instant start = fifth(month("2025-09"));
        ResourceMonth r = windowsBuilder(month("2025-09"), MINUTE, 60, 100, 50)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(60)), clause)).build();
        assertMinutes(metric(evaluate(product, Site.CN, month("2025-09"), r)), "0");
    }

    @Test
    void wedaIsNotInForceBeforeItsEffectiveDay() {
        assertEquals(java.time.LocalDate.of(2025, 6, 17), definition("weda", Site.CN, java.time.LocalDate.of(2025, 7, 1)).provenance().effective());
    }

    @Test
    void meanRateWindowsMustBeAlignedToFiveMinutes() {
        ResourceMonth off = resource().window(WindowSample.of(fifth(APRIL).plus(MINUTE), 100, 100)).build();
        org.junit.jupiter.api.Assertions.assertThrows(io.slakit.api.InvalidInputException.class, () -> evaluate("apm", Site.CN, APRIL, off));
    }

    @Test
    void clauseCounts() {
        assertEquals(8, definition("apm", Site.CN, APRIL.atDay(1)).exclusions().size());
        assertEquals(8, definition("cls", Site.CN, APRIL.atDay(1)).exclusions().size());
        assertEquals(13, definition("weda", Site.CN, java.time.LocalDate.of(2025, 9, 1)).exclusions().size());
    }
}
