package io.slakit.products.storage;

import io.slakit.api.Edition;
import io.slakit.api.InvalidInputException;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.slakit.products.storage.StorageFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * COS (5831): availability = 1 - sum of the month's 5-minute error rates / number of 5-minute windows (April 8,640,
 * May 8,928), one table per storage class (3.1, 5962-5972 and 6021-6049). A sum of rates S misses a level L when
 * S > windows x (100 - L) / 100; each edge is hit exactly with one window of n / 10,000 failed requests.
 */
class CosTest {

    // edition, month, whole windows all failed, failed of 10,000 in one more window, credit percent.
    // Standard 99.99 / 99.90 / 95: April S = 0.864 / 8.64 / 432, May 0.8928 / 8.928 / 446.4.
    // Standard multi-AZ 99.995: April 0.432, May 0.4464. IA multi-AZ 99.95 / 99: April 4.32 / 86.4, May 4.464 / 89.28.
    // Archive multi-AZ 99.50: April 43.2, May 44.64. At exactly a level the band whose lower bound it is applies.
    @ParameterizedTest(name = "{0} {1}: sum {2} + {3}/10000 -> {4}%")
    @CsvSource({
            "standard, 2024-04, 0, 8639, 0",
            "standard, 2024-04, 0, 8640, 0",
            "standard, 2024-04, 0, 8641, 10",
            "standard, 2024-04, 8, 6399, 10",
            "standard, 2024-04, 8, 6400, 10",
            "standard, 2024-04, 8, 6401, 30",
            "standard, 2024-04, 431, 9999, 30",
            "standard, 2024-04, 432, 0, 30",
            "standard, 2024-04, 432, 1, 50",
            "standard, 2024-05, 0, 8927, 0",
            "standard, 2024-05, 0, 8928, 0",
            "standard, 2024-05, 0, 8929, 10",
            "standard, 2024-05, 8, 9279, 10",
            "standard, 2024-05, 8, 9280, 10",
            "standard, 2024-05, 8, 9281, 30",
            "standard, 2024-05, 446, 3999, 30",
            "standard, 2024-05, 446, 4000, 30",
            "standard, 2024-05, 446, 4001, 50",
            "standard-multi-az, 2024-04, 0, 4319, 0",
            "standard-multi-az, 2024-04, 0, 4320, 0",
            "standard-multi-az, 2024-04, 0, 4321, 10",
            "standard-multi-az, 2024-04, 8, 6399, 10",
            "standard-multi-az, 2024-04, 8, 6400, 10",
            "standard-multi-az, 2024-04, 8, 6401, 30",
            "standard-multi-az, 2024-04, 431, 9999, 30",
            "standard-multi-az, 2024-04, 432, 0, 30",
            "standard-multi-az, 2024-04, 432, 1, 50",
            "standard-multi-az, 2024-05, 0, 4463, 0",
            "standard-multi-az, 2024-05, 0, 4464, 0",
            "standard-multi-az, 2024-05, 0, 4465, 10",
            "standard-multi-az, 2024-05, 8, 9279, 10",
            "standard-multi-az, 2024-05, 8, 9280, 10",
            "standard-multi-az, 2024-05, 8, 9281, 30",
            "standard-multi-az, 2024-05, 446, 3999, 30",
            "standard-multi-az, 2024-05, 446, 4000, 30",
            "standard-multi-az, 2024-05, 446, 4001, 50",
            "standard-ia, 2024-04, 8, 6399, 0",
            "standard-ia, 2024-04, 8, 6400, 0",
            "standard-ia, 2024-04, 8, 6401, 30",
            "standard-ia, 2024-04, 431, 9999, 30",
            "standard-ia, 2024-04, 432, 0, 30",
            "standard-ia, 2024-04, 432, 1, 50",
            "standard-ia, 2024-05, 8, 9279, 0",
            "standard-ia, 2024-05, 8, 9280, 0",
            "standard-ia, 2024-05, 8, 9281, 30",
            "standard-ia, 2024-05, 446, 3999, 30",
            "standard-ia, 2024-05, 446, 4000, 30",
            "standard-ia, 2024-05, 446, 4001, 50",
            "standard-ia-multi-az, 2024-04, 4, 3199, 0",
            "standard-ia-multi-az, 2024-04, 4, 3200, 0",
            "standard-ia-multi-az, 2024-04, 4, 3201, 10",
            "standard-ia-multi-az, 2024-04, 86, 3999, 10",
            "standard-ia-multi-az, 2024-04, 86, 4000, 10",
            "standard-ia-multi-az, 2024-04, 86, 4001, 30",
            "standard-ia-multi-az, 2024-04, 431, 9999, 30",
            "standard-ia-multi-az, 2024-04, 432, 0, 30",
            "standard-ia-multi-az, 2024-04, 432, 1, 50",
            "standard-ia-multi-az, 2024-05, 4, 4639, 0",
            "standard-ia-multi-az, 2024-05, 4, 4640, 0",
            "standard-ia-multi-az, 2024-05, 4, 4641, 10",
            "standard-ia-multi-az, 2024-05, 89, 2799, 10",
            "standard-ia-multi-az, 2024-05, 89, 2800, 10",
            "standard-ia-multi-az, 2024-05, 89, 2801, 30",
            "standard-ia-multi-az, 2024-05, 446, 3999, 30",
            "standard-ia-multi-az, 2024-05, 446, 4000, 30",
            "standard-ia-multi-az, 2024-05, 446, 4001, 50",
            "archive, 2024-04, 86, 3999, 0",
            "archive, 2024-04, 86, 4000, 0",
            "archive, 2024-04, 86, 4001, 30",
            "archive, 2024-04, 431, 9999, 30",
            "archive, 2024-04, 432, 0, 30",
            "archive, 2024-04, 432, 1, 50",
            "archive, 2024-05, 89, 2799, 0",
            "archive, 2024-05, 89, 2800, 0",
            "archive, 2024-05, 89, 2801, 30",
            "archive, 2024-05, 446, 3999, 30",
            "archive, 2024-05, 446, 4000, 30",
            "archive, 2024-05, 446, 4001, 50",
            "archive-multi-az, 2024-04, 43, 1999, 0",
            "archive-multi-az, 2024-04, 43, 2000, 0",
            "archive-multi-az, 2024-04, 43, 2001, 10",
            "archive-multi-az, 2024-04, 86, 3999, 10",
            "archive-multi-az, 2024-04, 86, 4000, 10",
            "archive-multi-az, 2024-04, 86, 4001, 30",
            "archive-multi-az, 2024-04, 431, 9999, 30",
            "archive-multi-az, 2024-04, 432, 0, 30",
            "archive-multi-az, 2024-04, 432, 1, 50",
            "archive-multi-az, 2024-05, 44, 6399, 0",
            "archive-multi-az, 2024-05, 44, 6400, 0",
            "archive-multi-az, 2024-05, 44, 6401, 10",
            "archive-multi-az, 2024-05, 89, 2799, 10",
            "archive-multi-az, 2024-05, 89, 2800, 10",
            "archive-multi-az, 2024-05, 89, 2801, 30",
            "archive-multi-az, 2024-05, 446, 3999, 30",
            "archive-multi-az, 2024-05, 446, 4000, 30",
            "archive-multi-az, 2024-05, 446, 4001, 50"})
    void tierEdges(String edition, String month, int whole, long partFailed, String percent) {
        ResourceReport r = evaluate("cos", Site.CN, month(month), rateSum(month(month), whole, partFailed).build(), edition);
        assertCredit(r, percent);
    }

    @ParameterizedTest(name = "{0} follows {1}")
    @CsvSource({
            "intelligent-tiering-frequent, standard", "intelligent-tiering-infrequent, standard-ia",
            "intelligent-tiering-multi-az-frequent, standard-multi-az", "intelligent-tiering-multi-az-infrequent, standard-ia-multi-az"})
    void intelligentTieringFollowsItsTier(String tiering, String referenced) {
        var d = definition("cos", Site.CN, LocalDate.of(2024, 4, 1));
        var a = d.edition(tiering).orElseThrow().metrics().get(0);
        var b = d.edition(referenced).orElseThrow().metrics().get(0);
        assertEquals(b.commitment(), a.commitment());
        assertEquals(b.credit().tiers(), a.credit().tiers());
        // And evaluates alike: April, sum 8.6401 is below 99.90 -> Standard 30%, IA 30%, multi-AZ 30%, IA multi-AZ 10%.
        ResourceMonth res = rateSum(APRIL, 8, 6401).build();
        assertEquals(evaluate("cos", Site.CN, APRIL, res, referenced).credit(), evaluate("cos", Site.CN, APRIL, res, tiering).credit());
    }

    @Test
    void tenEditionsAndAnEditionMustBeNamed() {
        var d = definition("cos", Site.CN, LocalDate.of(2024, 4, 1));
        assertEquals(List.of("standard", "standard-multi-az", "standard-ia", "standard-ia-multi-az", "archive", "archive-multi-az",
                        "intelligent-tiering-frequent", "intelligent-tiering-infrequent", "intelligent-tiering-multi-az-frequent",
                        "intelligent-tiering-multi-az-infrequent"),
                d.editions().stream().map(Edition::id).toList());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> evaluate("cos", Site.CN, APRIL, rateSum(APRIL, 1, 0).build(), null));
        assertEquals("edition", e.field());
    }

    @Test
    void windowsWithoutRequestsStillCount() {
        // One window given, all 10 requests failed; the other 8,639 windows of April are quiet and count with a rate of 0:
        // 1 - 1/8640 = 99.98843% -> Standard 10%. Counted over the given window alone it would be 0%.
        ResourceMonth r = resource().window(WindowSample.of(fifth(APRIL), 10, 10)).build();
        ResourceReport report = evaluate("cos", Site.CN, APRIL, r, "standard");
        assertEquals(0, new BigDecimal("99.988").compareTo(metric(report).availability().percent(java.math.MathContext.DECIMAL64)
                .setScale(3, java.math.RoundingMode.DOWN)));
        assertCredit(report, "10");
    }

    @Test
    void partialRatesAdd() {
        // 20 windows each with 500 of 1,000 failed: a sum of 10 -> 1 - 10/8640 = 99.884% -> Standard 30%, IA 30%.
        ResourceMonth r = windows(APRIL, Duration.ofMinutes(5), 20, 1000, 500);
        assertCredit(evaluate("cos", Site.CN, APRIL, r, "standard"), "30");
        assertCredit(evaluate("cos", Site.CN, APRIL, r, "standard-ia"), "30");
        // Standard-IA multi-AZ 99.95 allows 4.32; 10 is below 99.95 but at least 99 -> 10%.
        assertCredit(evaluate("cos", Site.CN, APRIL, r, "standard-ia-multi-az"), "10");
    }

    @Test
    void iaAndArchiveFirstBreachPaysThirtyPercent() {
        // No 10% band: just below 99.90 (IA) or 99.00 (archive) already pays 30%.
        assertCredit(evaluate("cos", Site.CN, APRIL, rateSum(APRIL, 8, 6401).build(), "standard-ia"), "30");
        assertCredit(evaluate("cos", Site.CN, APRIL, rateSum(APRIL, 86, 4001).build(), "archive"), "30");
        assertTrue(metric(evaluate("cos", Site.CN, APRIL, rateSum(APRIL, 86, 4000).build(), "archive")).met());
    }
}
