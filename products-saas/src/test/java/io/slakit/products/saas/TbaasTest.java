package io.slakit.products.saas;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TbaasTest {

    // 1.4 (47301-47303): at most 1 minute not counted; 1m01s counts 2.
    @ParameterizedTest
    @CsvSource({"59, 0", "60, 0", "61, 2", "120, 2", "121, 3"})
    void thresholdAndRounding(long seconds, String minutes) {
        assertMinutes(metric(evaluate("tbaas", Site.CN, APRIL, outage(APRIL, seconds))), minutes);
    }

    // 99.9 / 99 / 95 -> 10 / 25 / 100. April: 43.2 | 432 | 2160; May: 44.64 | 446.4 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 100",
            "2024-05, 44, 0", "2024-05, 45, 10", "2024-05, 446, 10", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 100"})
    void tierEdges(String month, long minutes, String percent) {
        assertCredit(evaluate("tbaas", Site.CN, month(month), outage(month(month), minutes * 60)), percent);
    }

    @Test
    void blockReplayTimeIsExcluded() {
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .incident(Incident.of(start, start.plusSeconds(600 * 60)))
                .incident(Incident.excluded(start, start.plusSeconds(580 * 60), "overload-or-block-replay"))
                .build();
        MetricResult m = metric(evaluate("tbaas", Site.CN, APRIL, res));
        assertMinutes(m, "20");
        assertTrue(m.met());
    }
}
