package io.slakit.products.media;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static io.slakit.products.media.MediaFixtures.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CarTest {

    // 1.5 (15379-15381): at most 1 minute is not counted; partial minutes round DOWN: 1m01s counts 1, 1m59s counts 1.
    @ParameterizedTest
    @CsvSource({"60, 0", "61, 1", "119, 1", "120, 2", "179, 2"})
    void thresholdAndRoundingDown(long seconds, String minutes) {
        assertMinutes(metric(evaluate("car", Site.CN, APRIL, outage(APRIL, seconds))), minutes);
    }

    @Test
    void roundingDownCanKeepAMonthInsideTheCommitment() {
        // 433m30s rounds down to 433 minutes: 5%; 432m59s rounds down to 432: met.
        assertCredit(evaluate("car", Site.CN, APRIL, outage(APRIL, 433 * 60 + 30)), "5");
        assertTrue(metric(evaluate("car", Site.CN, APRIL, outage(APRIL, 432 * 60 + 59))).met());
    }

    @Test
    void exclusionRemovesTime() {
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .incident(Incident.of(start, start.plusSeconds(600 * 60)))
                .incident(Incident.excluded(start, start.plusSeconds(300 * 60), "client-network"))
                .build();
        MetricResult m = metric(evaluate("car", Site.CN, APRIL, res));
        assertMinutes(m, "300");
        assertTrue(m.met());
    }
}
