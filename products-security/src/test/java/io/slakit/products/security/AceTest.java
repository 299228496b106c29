package io.slakit.products.security;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static io.slakit.products.security.SecurityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ACE (002:18562): each outage counts only beyond its first 5 minutes; 5/10/25/100 at 99.9/95/90/85. Values by hand. */
class AceTest {

    // 3.1 (18712-18718): [95, 99.9) 5, [90, 95) 10, [85, 90) 25, [0, 85) 100, on counted minutes (each outage minus 5).
    // April (43,200 minutes): 99.9 allows 43.2; 95 -> 2160; 90 -> 4320; 85 -> 6480.
    // May (44,640 minutes): 99.9 allows 44.64; 95 -> 2232; 90 -> 4464; 85 -> 6696.
    // One outage of (counted + 5) minutes lands each count.
    @ParameterizedTest(name = "{0}: {1} counted minutes earn {2}%")
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 5", "2024-04, 2159, 5", "2024-04, 2160, 5", "2024-04, 2161, 10",
            "2024-04, 4319, 10", "2024-04, 4320, 10", "2024-04, 4321, 25", "2024-04, 6479, 25", "2024-04, 6480, 25", "2024-04, 6481, 100",
            "2024-05, 44, 0", "2024-05, 45, 5", "2024-05, 2231, 5", "2024-05, 2232, 5", "2024-05, 2233, 10",
            "2024-05, 4463, 10", "2024-05, 4464, 10", "2024-05, 4465, 25", "2024-05, 6695, 25", "2024-05, 6696, 25", "2024-05, 6697, 100"})
    void tierEdges(String month, long counted, String percent) {
        ResourceReport r = evaluate("ace", month(month), minutesDown(month(month), counted + 5));
        assertMinutes(metric(r), Long.toString(counted));
        assertCredit(r, percent);
    }

    @ParameterizedTest(name = "an outage of {0} s counts {1} minutes")
    @CsvSource({"60, 0", "299, 0", "300, 0", "330, 0.5", "360, 1"})
    void theFirstFiveMinutesOfEachOutageNeverCount(long seconds, String minutes) {
        assertMinutes(metric(evaluate("ace", APRIL, outage(APRIL, seconds))), minutes);
    }

    @Test
    void theDeductibleIsPerOutage() {
        // ten 6-minute failures a day apart count 10 minutes (not 60 - 5): April allows 43.2, so met
        ResourceMonth.Builder b = resource();
        Instant start = fifth(APRIL);
        for (int i = 0; i < 10; i++) {
            Instant from = start.plusSeconds(86_400L * i);
            b.incident(Incident.of(from, from.plusSeconds(360)));
        }
        MetricResult m = metric(evaluate("ace", APRIL, b.build()));
        assertMinutes(m, "10");
        assertTrue(m.met());
    }

    @Test
    void excludedTimeIsRemovedBeforeTheDeductible() {
        // 60 minutes of failure, the first 50 the customer's third-party software (4.6): 10 left, 5 counted
        Instant start = fifth(APRIL);
        ResourceMonth r = resource().incident(Incident.of(start, start.plusSeconds(3600)))
                .incident(Incident.excluded(start, start.plusSeconds(3000), "third-party-software")).build();
        MetricResult m = metric(evaluate("ace", APRIL, r));
        assertMinutes(m, "5");
        assertEquals(0, new java.math.BigDecimal("50").compareTo(m.excludedMinutes().get("third-party-software")));
        // a whole day under the daily-maintenance clause counts nothing
        assertMinutes(metric(evaluate("ace", APRIL, excludedOutage(APRIL, 86_400, "routine-maintenance"))), "0");
        assertFalse(metric(evaluate("ace", APRIL, outage(APRIL, 86_400))).met());
    }
}
