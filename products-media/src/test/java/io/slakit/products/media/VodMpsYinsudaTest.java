package io.slakit.products.media;

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

import static io.slakit.products.media.MediaFixtures.*;

/** VOD (>0.05%), MPS (>0.5%) and yinsuda (>0.1%): 5-minute error-rate units counted only in runs of 2 or more (10 minutes). */
class VodMpsYinsudaTest {
    private static final Duration FIVE = Duration.ofMinutes(5);

    // VOD 99.9/99/95 -> 10/25/50. April: 43.2|432|2160 min; May: 44.64|446.4|2232. Units of 5 minutes, 10,000 requests, 100 failed (1%).
    // MPS 99.7/99/95 -> 10/25/50. April 129.6 -> 25|26 units; May 133.92 -> 26|27 units.
    // yinsuda 99.9/99/95 -> 10/20/30.
    @ParameterizedTest
    @CsvSource({
            "vod, 2024-04, 8, 0", "vod, 2024-04, 9, 10",
            "vod, 2024-04, 86, 10", "vod, 2024-04, 87, 25",
            "vod, 2024-04, 432, 25", "vod, 2024-04, 433, 50",
            "vod, 2024-05, 8, 0", "vod, 2024-05, 9, 10",
            "vod, 2024-05, 89, 10", "vod, 2024-05, 90, 25",
            "vod, 2024-05, 446, 25", "vod, 2024-05, 447, 50",
            "mps, 2024-04, 25, 0", "mps, 2024-04, 26, 10",
            "mps, 2024-04, 86, 10", "mps, 2024-04, 87, 25",
            "mps, 2024-04, 432, 25", "mps, 2024-04, 433, 50",
            "mps, 2024-05, 26, 0", "mps, 2024-05, 27, 10",
            "mps, 2024-05, 89, 10", "mps, 2024-05, 90, 25",
            "mps, 2024-05, 446, 25", "mps, 2024-05, 447, 50",
            "yinsuda, 2024-04, 8, 0", "yinsuda, 2024-04, 9, 10",
            "yinsuda, 2024-04, 86, 10", "yinsuda, 2024-04, 87, 20",
            "yinsuda, 2024-04, 432, 20", "yinsuda, 2024-04, 433, 30",
            "yinsuda, 2024-05, 8, 0", "yinsuda, 2024-05, 9, 10",
            "yinsuda, 2024-05, 89, 10", "yinsuda, 2024-05, 90, 20",
            "yinsuda, 2024-05, 446, 20", "yinsuda, 2024-05, 447, 30"})
    void tierEdges(String product, String month, int badUnits, String percent) {
        ResourceReport r = evaluate(product, Site.CN, month(month), windows(month(month), FIVE, badUnits, 10000, 100));
        assertMinutes(metric(r), Integer.toString(badUnits * 5));
        assertCredit(r, percent);
    }

    // The threshold is exclusive (不含本数): exactly 0.05% / 0.5% / 0.1% is not bad. Two units each.
    @ParameterizedTest
    @CsvSource({
            "vod, 5, 0", "vod, 6, 10",
            "mps, 50, 0", "mps, 51, 10",
            "yinsuda, 10, 0", "yinsuda, 11, 10"})
    void thresholdIsExclusive(String product, long failedOfTenThousand, String minutes) {
        assertMinutes(metric(evaluate(product, Site.CN, APRIL, windows(APRIL, FIVE, 2, 10000, failedOfTenThousand))), minutes);
    }

    @Test
    void isolatedBadUnitsDoNotCount() {
        // Bad units at 00:00 and 00:10 with a good one between: no run of 2, nothing counted.
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .window(WindowSample.of(start, 10000, 100))
                .window(WindowSample.of(start.plus(FIVE), 10000, 0))
                .window(WindowSample.of(start.plus(FIVE.multipliedBy(2)), 10000, 100))
                .build();
        assertMinutes(metric(evaluate("vod", Site.CN, APRIL, res)), "0");
    }

    @Test
    void exclusionBreaksARun() {
        // 3 bad units; the middle one is an unannounced surge (VOD 4.16): two isolated units remain, nothing counted.
        Instant start = fifth(APRIL);
        ResourceMonth res = windowsBuilder(APRIL, FIVE, 3, 10000, 100)
                .incident(Incident.excluded(start.plus(FIVE), start.plus(FIVE.multipliedBy(2)), "traffic-surge-unannounced"))
                .build();
        assertMinutes(metric(evaluate("vod", Site.CN, APRIL, res)), "0");
    }
}
