package io.slakit.products.industry;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.industry.IndustryFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Miying open lab, the two medical report SaaS texts, and the health medicine box. */
class MedicalTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    // 99.9 / 99 / 98 -> 10 / 20 / 50. April (43,200): 43.2 | 432 | 864; May (44,640): 44.64 | 446.4 | 892.8.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 864, 20", "2024-04, 865, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 892, 20", "2024-05, 893, 50"})
    void pushTextsTierEdges(String month, int failedMinutes, String percent) {
        for (String product : new String[] {"miying-open-lab", "medical-report-classification", "medical-report-structuring"}) {
            ResourceReport r = evaluate(product, Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10));
            assertMinutes(metric(r), Integer.toString(failedMinutes));
            assertCredit(r, percent);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"miying-open-lab", "medical-report-classification", "medical-report-structuring"})
    void onePushThatSucceedsMakesTheMinuteAvailable(String product) {
        ResourceReport r = evaluate(product, Site.CN, APRIL, windows(APRIL, MINUTE, 2000, 10, 9));
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }

    @ParameterizedTest
    @CsvSource({"miying-open-lab, capacity-exceeded", "miying-open-lab, announced-maintenance",
            "medical-report-classification, customer-operation", "medical-report-structuring, legal-exemption",
            "health-medicine-box, capacity-exceeded", "health-medicine-box, not-tencent-cause"})
    void excludedTimeIsNotCounted(String product, String clause) {
        Instant start = fifth(APRIL);
        Instant end = start.plus(Duration.ofMinutes(2000));
        ResourceMonth.Builder b = product.equals("health-medicine-box")
                ? resource().incident(Incident.of(start, end))
                : windowsBuilder(APRIL, MINUTE, 2000, 10, 10);
        ResourceMonth r = b.incident(Incident.excluded(start, end, clause)).build();
        ResourceReport report = evaluate(product, Site.CN, APRIL, r);
        assertMinutes(metric(report), "0");
        assertCredit(report, "0");
    }

    @Test
    void miyingClauseNumbersFollowSection6() {
        var d = definition("miying-open-lab", Site.CN, APRIL.atDay(1));
        assertEquals(9, d.exclusions().size());
        assertEquals("6.6(1)", d.exclusions().get(0).clause());
        assertEquals(9, definition("medical-report-classification", Site.CN, APRIL.atDay(1)).exclusions().size());
        assertEquals(9, definition("medical-report-structuring", Site.CN, APRIL.atDay(1)).exclusions().size());
        assertEquals(8, definition("health-medicine-box", Site.CN, APRIL.atDay(1)).exclusions().size());
    }

    // Health medicine box 99.9 / 99 / 95 -> 10 / 20 / 50, outage minutes. April: 43.2 | 432 | 2,160; May: 44.64 | 446.4 | 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 20", "2024-04, 2160, 20", "2024-04, 2161, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 20", "2024-05, 2232, 20", "2024-05, 2233, 50"})
    void medicineBoxTierEdges(String month, int minutes, String percent) {
        ResourceReport r = evaluate("health-medicine-box", Site.CN, month(month), outage(month(month), minutes * 60L));
        assertMinutes(metric(r), Integer.toString(minutes));
        assertCredit(r, percent);
    }

    @Test
    void medicineBoxRoundsAPartialMinuteUp() {
        // Reading: 43 minutes and 1 second count 44 minutes -> 99.898% -> 10%.
        ResourceReport r = evaluate("health-medicine-box", Site.CN, APRIL, outage(APRIL, 43 * 60 + 1));
        assertMinutes(metric(r), "44");
        assertCredit(r, "10");
    }

    @Test
    void medicineBoxTextExampleTenMinutes() {
        // 4.1 (56145): 23:00-23:10 on an April day -> 10 minutes, 1 - 10/43,200 = 99.977% (printed 99.98%), met, no credit.
        ResourceReport r = evaluate("health-medicine-box", Site.CN, APRIL, outage(APRIL, 600));
        assertMinutes(metric(r), "10");
        assertTrue(metric(r).met());
        assertCredit(r, "0");
    }
}
