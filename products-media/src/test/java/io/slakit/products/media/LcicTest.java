package io.slakit.products.media;

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

import static io.slakit.products.media.MediaFixtures.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LCIC and TIW share TRTC's rule and table: a 5-minute unit below 99% entry success is 5 minutes down. */
class LcicTest {
    private static final Duration FIVE = Duration.ofMinutes(5);

    // 99.9 -> 10%, 99.5 -> 20%, 99 -> 50%. Bad units of 5 minutes each.
    // April (43,200): 43.2 / 216 / 432 allowed -> 8|9, 43|44, 86|87 units. May (44,640): 44.64 / 223.2 / 446.4 -> 8|9, 44|45, 89|90.
    @ParameterizedTest
    @CsvSource({
            "lcic, 2024-04, 8, 0", "lcic, 2024-04, 9, 10",
            "lcic, 2024-04, 43, 10", "lcic, 2024-04, 44, 20",
            "lcic, 2024-04, 86, 20", "lcic, 2024-04, 87, 50",
            "lcic, 2024-05, 8, 0", "lcic, 2024-05, 9, 10",
            "lcic, 2024-05, 44, 10", "lcic, 2024-05, 45, 20",
            "lcic, 2024-05, 89, 20", "lcic, 2024-05, 90, 50",
            "tiw, 2024-04, 8, 0", "tiw, 2024-04, 9, 10",
            "tiw, 2024-04, 43, 10", "tiw, 2024-04, 44, 20",
            "tiw, 2024-04, 86, 20", "tiw, 2024-04, 87, 50",
            "tiw, 2024-05, 8, 0", "tiw, 2024-05, 9, 10",
            "tiw, 2024-05, 44, 10", "tiw, 2024-05, 45, 20",
            "tiw, 2024-05, 89, 20", "tiw, 2024-05, 90, 50"})
    void tierEdges(String product, String month, int badUnits, String percent) {
        ResourceReport r = evaluate(product, Site.CN, month(month), windows(month(month), FIVE, badUnits, 100, 2));
        assertMinutes(metric(r), Integer.toString(badUnits * 5));
        assertCredit(r, percent);
    }

    // 99 of 100 entries succeeding is exactly 99%: not below 99%, the unit is available.
    @ParameterizedTest
    @CsvSource({"lcic, 1, 0", "lcic, 2, 5", "tiw, 1, 0", "tiw, 2, 5"})
    void successRateBoundary(String product, long failed, String minutes) {
        assertMinutes(metric(evaluate(product, Site.CN, APRIL, windows(APRIL, FIVE, 1, 100, failed))), minutes);
    }

    @Test
    void exclusionRemovesABadUnit() {
        // 10 bad units (50 minutes, 10%); an announced maintenance covering the first two leaves 8 units = 40 minutes: met.
        Instant start = fifth(APRIL);
        ResourceMonth res = windowsBuilder(APRIL, FIVE, 10, 100, 2)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(10)), "announced-maintenance"))
                .build();
        MetricResult m = metric(evaluate("lcic", Site.CN, APRIL, res));
        assertMinutes(m, "40");
        assertTrue(m.met());
    }
}
