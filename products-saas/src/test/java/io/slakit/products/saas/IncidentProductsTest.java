package io.slakit.products.saas;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CloudPages and website building: downtime from incidents. */
class IncidentProductsTest {

    // CloudPages 1.3 (47710): under 4 minutes not counted, 4 minutes and more count at their exact length.
    @ParameterizedTest
    @CsvSource({"239, 0", "240, 4", "241, 4.016666666666666666666666666666667", "270, 4.5"})
    void cloudPagesFourMinuteThreshold(long seconds, String minutes) {
        assertMinutes(metric(evaluate("cloudpages", Site.CN, APRIL, outage(APRIL, seconds))), minutes);
    }

    // CloudPages 99.99 / 99 / 95 -> 10 / 25 / 100 (47750-47805), exact durations.
    // April: 4.32 min | 432 | 2160; May: 4.464 | 446.4 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 259, 0", "2024-04, 260, 10", "2024-04, 25920, 10", "2024-04, 25921, 25", "2024-04, 129600, 25", "2024-04, 129601, 100",
            "2024-05, 267, 0", "2024-05, 268, 10", "2024-05, 26784, 10", "2024-05, 26785, 25", "2024-05, 133920, 25", "2024-05, 133921, 100"})
    void cloudPagesTierEdges(String month, long seconds, String percent) {
        assertCredit(evaluate("cloudpages", Site.CN, month(month), outage(month(month), seconds)), percent);
    }

    @Test
    void cloudPagesExampleVoucherIsOneYuan() {
        // 47809-47811: 120 paid for a year is 10 a month; more than 4.32 minutes down -> 10% -> a voucher of 1.
        ResourceReport r = evaluate("cloudpages", Site.CN, APRIL, CloudPages.tenPerMonthWithOutage(Duration.ofSeconds(4 * 60 + 20)));
        assertEquals(0, new BigDecimal("1.00").compareTo(r.credit().amount()), () -> r.credit().toString());
        ResourceReport within = evaluate("cloudpages", Site.CN, APRIL, CloudPages.tenPerMonthWithOutage(Duration.ofSeconds(4 * 60 + 19)));
        assertTrue(metric(within).met());
    }

    @Test
    void cloudPagesUnfiledSiteTimeIsExcluded() {
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(600))))
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(600)), "site-not-filed"))
                .build();
        MetricResult m = metric(evaluate("cloudpages", Site.CN, APRIL, res));
        assertMinutes(m, "0");
        assertTrue(m.met());
    }

    // Website building: no threshold, partial minutes round up (the reading chosen).
    @ParameterizedTest
    @CsvSource({"1, 1", "60, 1", "61, 2"})
    void websiteBuildingRounding(long seconds, String minutes) {
        assertMinutes(metric(evaluate("website-building", Site.CN, APRIL, outage(APRIL, seconds))), minutes);
    }

    // Website building 99.95 / 99.0 / 95 -> 15 / 30 / 100 (47891-47959). April 21.6 | 432 | 2160; May 22.32 | 446.4 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 21, 0", "2024-04, 22, 15", "2024-04, 432, 15", "2024-04, 433, 30", "2024-04, 2160, 30", "2024-04, 2161, 100",
            "2024-05, 22, 0", "2024-05, 23, 15", "2024-05, 446, 15", "2024-05, 447, 30", "2024-05, 2232, 30", "2024-05, 2233, 100"})
    void websiteBuildingTierEdges(String month, long minutes, String percent) {
        assertCredit(evaluate("website-building", Site.CN, month(month), outage(month(month), minutes * 60)), percent);
    }

    @Test
    void websiteBuildingUnannouncedSurgeIsExcluded() {
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(100))))
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(90)), "traffic-surge-unannounced"))
                .build();
        MetricResult m = metric(evaluate("website-building", Site.CN, APRIL, res));
        assertMinutes(m, "10");
        assertTrue(m.met());
    }
}
