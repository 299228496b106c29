package io.slakit.products.industry;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import static io.slakit.products.industry.IndustryFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IoT Explorer, IoT Video (Industry) and IoT Enable: a minute is down only when every attempt in it failed. */
class IotTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    // IoT Explorer 99.95 / 99 -> 20 / 50. April (43,200): 21.6 | 432; May (44,640): 22.32 | 446.4.
    @ParameterizedTest
    @CsvSource({"2024-04, 21, 0", "2024-04, 22, 20", "2024-04, 432, 20", "2024-04, 433, 50",
            "2024-05, 22, 0", "2024-05, 23, 20", "2024-05, 446, 20", "2024-05, 447, 50"})
    void explorerTierEdges(String month, int failedMinutes, String percent) {
        ResourceReport r = evaluate("iot-explorer", Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10));
        assertMinutes(metric(r), Integer.toString(failedMinutes));
        assertCredit(r, percent);
    }

    // IoT Video (Industry) 99.90 / 95 -> 5 / 10. April: 43.2 | 2,160; May: 44.64 | 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 5", "2024-04, 2160, 5", "2024-04, 2161, 10",
            "2024-05, 44, 0", "2024-05, 45, 5", "2024-05, 2232, 5", "2024-05, 2233, 10"})
    void videoTierEdges(String month, int failedMinutes, String percent) {
        assertCredit(evaluate("iot-video-industry", Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10)), percent);
    }

    // IoT Enable 99.9 / 99 / 95 -> 10 / 25 / 50. April: 43.2 | 432 | 2,160; May: 44.64 | 446.4 | 2,232.
    @ParameterizedTest
    @CsvSource({"2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 50",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 50"})
    void enableTierEdges(String month, int failedMinutes, String percent) {
        assertCredit(evaluate("iot-enable", Site.CN, month(month), windows(month(month), MINUTE, failedMinutes, 10, 10)), percent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iot-explorer", "iot-video-industry", "iot-enable"})
    void oneSuccessfulAttemptMakesTheMinuteAvailable(String product) {
        ResourceReport r = evaluate(product, Site.CN, APRIL, windows(APRIL, MINUTE, 3000, 10, 9));
        assertMinutes(metric(r), "0");
        assertTrue(metric(r).met());
        assertCredit(r, "0");
    }

    @ParameterizedTest
    @CsvSource({"iot-explorer, device-local-network", "iot-explorer, device-rate-limited", "iot-explorer, customer-service-fault",
            "iot-explorer, force-majeure", "iot-video-industry, front-end-device", "iot-video-industry, content-violation",
            "iot-video-industry, announced-maintenance", "iot-enable, open-source-components", "iot-enable, other-cloud-products",
            "iot-enable, capacity-exceeded", "iot-enable, auth-misuse"})
    void aFailedMinuteUnderAnExcludedIncidentIsNotCounted(String product, String clause) {
        Instant start = fifth(APRIL);
        ResourceMonth r = windowsBuilder(APRIL, MINUTE, 3000, 10, 10)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(3000)), clause)).build();
        ResourceReport report = evaluate(product, Site.CN, APRIL, r);
        assertMinutes(metric(report), "0");
        assertCredit(report, "0");
    }

    @Test
    void videoFirstMonthRunsFromTheFirstDayOfUse() {
        // 1.2: first used on Mar 19 -> the first service month is Mar 19-31, 13 days = 18,720 minutes; 99.9% allows 18.72.
        Instant from = LocalDateTime.parse("2024-03-19T00:00").atZone(BEIJING).toInstant();
        ResourceMonth.Builder b = resource().activeFrom(from);
        ResourceMonth r = windowsFrom(b, from, MINUTE, 19, 10, 10).build();
        ResourceReport report = evaluate("iot-video-industry", Site.CN, month("2024-03"), r);
        assertEquals(0, BigDecimal.valueOf(13 * 1440).compareTo(metric(report).totalMinutes()));
        assertCredit(report, "5"); // 19 of 18,720 minutes: 99.8985% < 99.9%
        ResourceMonth r18 = windowsFrom(resource().activeFrom(from), from, MINUTE, 18, 10, 10).build();
        assertCredit(evaluate("iot-video-industry", Site.CN, month("2024-03"), r18), "0"); // 99.9038%
    }

    @Test
    void clauseCounts() {
        assertEquals(14, definition("iot-explorer", Site.CN, APRIL.atDay(1)).exclusions().size());
        assertEquals(10, definition("iot-video-industry", Site.CN, APRIL.atDay(1)).exclusions().size());
        assertEquals(17, definition("iot-enable", Site.CN, APRIL.atDay(1)).exclusions().size());
    }
}
