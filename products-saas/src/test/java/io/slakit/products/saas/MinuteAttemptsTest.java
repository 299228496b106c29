package io.slakit.products.saas;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Brand Steward, Tencent Survey and WeCard: one-minute samples, a minute counts only when every attempt failed. */
class MinuteAttemptsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static void assertTier(String product, String month, int deadMinutes, String percent) {
        ResourceReport r = evaluate(product, Site.CN, month(month), windows(month(month), MINUTE, deadMinutes, 4, 4));
        assertMinutes(metric(r), Integer.toString(deadMinutes));
        assertCredit(r, percent);
    }

    // Brand Steward 99.9 / 99.0 / 98.0 -> 10 / 20 / 50 (47484-47539). April 43.2 | 432 | 864; May 44.64 | 446.4 | 892.8.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 864, 20", "2024-04, 865, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 892, 20", "2024-05, 893, 50"})
    void brandStewardTierEdges(String month, int deadMinutes, String percent) {
        assertTier("brand-steward", month, deadMinutes, percent);
    }

    // Survey 99.9 / 99 / 95 -> 10 / 20 / 50 (48098-48104). April 43.2 | 432 | 2160; May 44.64 | 446.4 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 2160, 20", "2024-04, 2161, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 2232, 20", "2024-05, 2233, 50"})
    void surveyTierEdges(String month, int deadMinutes, String percent) {
        assertTier("tencent-survey", month, deadMinutes, percent);
    }

    // WeCard 99.7 / 98 / 95 -> 10 / 20 / 50 (48178-48184). April 129.6 | 864 | 2160; May 133.92 | 892.8 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 129, 0", "2024-04, 130, 10", "2024-04, 864, 10", "2024-04, 865, 20", "2024-04, 2160, 20", "2024-04, 2161, 50",
            "2024-05, 133, 0", "2024-05, 134, 10", "2024-05, 892, 10", "2024-05, 893, 20", "2024-05, 2232, 20", "2024-05, 2233, 50"})
    void weCardTierEdges(String month, int deadMinutes, String percent) {
        assertTier("wecard", month, deadMinutes, percent);
    }

    @ParameterizedTest
    @CsvSource({"brand-steward", "tencent-survey", "wecard"})
    void partialSuccessMakesTheMinuteAvailable(String product) {
        MetricResult m = metric(evaluate(product, Site.CN, APRIL, windows(APRIL, MINUTE, 3000, 4, 3)));
        assertMinutes(m, "0");
        assertTrue(m.met());
    }

    @ParameterizedTest
    @CsvSource({"brand-steward, announced-maintenance", "tencent-survey, capacity-exceeded", "wecard, force-majeure"})
    void excludedTimeIsNotCounted(String product, String code) {
        Instant start = fifth(APRIL);
        ResourceMonth res = windowsBuilder(APRIL, MINUTE, 500, 4, 4)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(480)), code))
                .build();
        MetricResult m = metric(evaluate(product, Site.CN, APRIL, res));
        assertMinutes(m, "20");
        assertTrue(m.met());
    }

    @Test
    void weCardExampleMonth() {
        // 48148-48150: 5 minutes in April 2023 -> 1 - 5 / 43200 = 99.988...%, above 99.7%: no credit.
        ResourceReport r = evaluate("wecard", Site.CN, month("2023-04"), WeCard.fiveDeadMinutes());
        assertMinutes(metric(r), "5");
        assertTrue(metric(r).met());
        assertCredit(r, "0");
    }
}
