package io.slakit.products.ai;

import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.ai.AiFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service-month readings of image processing and FaceID, and IVH's minimum of 2 valid requests. */
class MonthAndMinimumRulesTest {
    private static final Duration FIVE = Duration.ofMinutes(5);

    @ParameterizedTest
    @ValueSource(strings = {"image-processing", "faceid"})
    void aPartialMonthIsNotEvaluated(String product) {
        // 32011 / 33791: opened on Sep 17, September is no service period: no availability, no credit, however many windows failed.
        Instant opened = LocalDate.of(2025, 9, 17).atStartOfDay(BEIJING).toInstant();
        ResourceMonth res = windowsFrom(resource().activeFrom(opened), opened, FIVE, 900, 100, 100).build();
        ResourceReport r = evaluate(product, Site.CN, month("2025-09"), res);
        assertTrue(r.metrics().isEmpty(), r.toString());
        assertCredit(r, "0");
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("not evaluated")), r.notes().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"image-processing", "faceid"})
    void aWholeMonthIsEvaluated(String product) {
        // The same 900 failed windows in the whole of October (8,928): 1 - 900/8928 = 89.92% -> 100%.
        ResourceReport r = evaluate(product, Site.CN, month("2025-10"), windows(month("2025-10"), FIVE, 900, 100, 100));
        assertCredit(r, "100");
    }

    @Test
    void ivhWindowsUnderTwoValidRequestsAddNoRate() {
        // 34376: 87 windows with their single valid request failed add nothing: 100%, met.
        ResourceReport one = evaluate("ivh", Site.CN, month("2025-09"), windows(month("2025-09"), FIVE, 87, 1, 1));
        assertTrue(metric(one).met(), metric(one).toString());
        // With 2 valid requests, both failed, each adds 1: 1 - 87/8640 = 98.993% -> 5%; the count of windows stays 8,640.
        ResourceReport two = evaluate("ivh", Site.CN, month("2025-09"), windows(month("2025-09"), FIVE, 87, 2, 2));
        assertCredit(two, "5");
    }

    @Test
    void ivhQuietWindowsStillCountInTheNumberOfWindows() {
        // 86 windows wholly failed (2 of 2) plus 5,000 windows with 1 failed request each: the 5,000 add no rate, but the
        // number stays 8,640: 1 - 86/8640 = 99.005% -> met. Had they been dropped from the count: 1 - 86/3640 = 97.6% -> 5%.
        ResourceMonth res = windowsFrom(windowsBuilder(month("2025-09"), FIVE, 86, 2, 2), fifth(month("2025-09")).plus(FIVE.multipliedBy(86)),
                FIVE, 5000, 1, 1).build();
        ResourceReport r = evaluate("ivh", Site.CN, month("2025-09"), res);
        assertCredit(r, "0");
        assertTrue(metric(r).met());
    }

    @Test
    void tiOneCountsOnlyOutagesOverFiveMinutes() {
        // 35810-35812: an outage of exactly 5 minutes does not count; one of 5m01s counts whole (5.0167 minutes).
        ResourceReport five = evaluate("ti-one", Site.CN, month("2025-09"), outage(month("2025-09"), 300));
        assertMinutes(metric(five), "0");
        ResourceReport longer = evaluate("ti-one", Site.CN, month("2025-09"), outage(month("2025-09"), 301));
        assertEquals(0, metric(longer).unavailableMinutes().orElseThrow().multiply(java.math.BigDecimal.valueOf(60))
                .setScale(6, java.math.RoundingMode.HALF_EVEN).compareTo(java.math.BigDecimal.valueOf(301)), metric(longer).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-09:43:0", "2025-09:44:10", "2025-09:2160:10", "2025-09:2161:20",
            "2025-10:44:0", "2025-10:45:10", "2025-10:2232:10", "2025-10:2233:20"})
    void tiOneTierEdges(String spec) {
        // 99.9 / 95.00 -> 10 / 20 (35922). Sept 43.2 | 2160; Oct 44.64 | 2232. One outage of that many minutes.
        String[] p = spec.split(":");
        ResourceReport r = evaluate("ti-one", Site.CN, month(p[0]), outage(month(p[0]), Long.parseLong(p[1]) * 60));
        assertMinutes(metric(r), p[1]);
        assertCredit(r, p[2]);
    }
}
