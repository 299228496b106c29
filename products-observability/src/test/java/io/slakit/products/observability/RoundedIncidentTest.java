package io.slakit.products.observability;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static io.slakit.products.observability.ObservabilityFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * CFG (outages from 1 minute count, partial minutes round up) and TCA (from 5 minutes, exactly 5 counting under the reading
 * chosen, partial minutes round up). The testkit runs their tier edges; these pin the thresholds and the clauses.
 */
class RoundedIncidentTest {

    @ParameterizedTest
    @CsvSource({"cfg, 59, 0", "cfg, 60, 1", "cfg, 61, 2", "cfg, 3628, 61",
            "tca, 299, 0", "tca, 300, 5", "tca, 301, 6", "tca, 3628, 61"})
    void thresholdAndRounding(String product, long seconds, String minutes) {
        assertMinutes(metric(evaluate(product, Site.CN, APRIL, outage(APRIL, seconds))), minutes);
    }

    // CFG 99.95/99/95 -> 10/25/100; TCA 99.5/99/95 -> 10/25/50, on a 1-minute-rounded count (April: 43,200 minutes).
    @ParameterizedTest
    @CsvSource({"cfg, 21, 0", "cfg, 22, 10", "cfg, 432, 10", "cfg, 433, 25", "cfg, 2160, 25", "cfg, 2161, 100",
            "tca, 216, 0", "tca, 217, 10", "tca, 432, 10", "tca, 433, 25", "tca, 2160, 25", "tca, 2161, 50"})
    void tiersInA30DayMonth(String product, long minutes, String percent) {
        assertCredit(evaluate(product, Site.CN, APRIL, outage(APRIL, minutes * 60)), percent);
    }

    @ParameterizedTest
    @CsvSource({"cfg, drill-fault-injection", "cfg, custom-drill-action", "cfg, drill-without-rollback", "cfg, not-tencent-cause",
            "tca, rate-limit-or-upgrade", "tca, routine-maintenance-or-dependencies", "tca, customer-repositories-unreachable",
            "tca, traffic-surge-unannounced", "tca, account-banned", "tca, not-tencent-cause"})
    void anExcludedOutageCountsNothing(String product, String clause) {
        Instant start = fifth(APRIL);
        ResourceMonth r = resource().incident(Incident.excluded(start, start.plusSeconds(5 * 3600), clause)).build();
        ResourceReport report = evaluate(product, Site.CN, APRIL, r);
        assertMinutes(metric(report), "0");
        assertCredit(report, "0");
    }

    @Test
    void anExcludedPartOfAnOutageIsRemovedBeforeTheThreshold() {
        // TCA: 12 minutes down, the first 8 excluded by 4.3 (a CVM dependency): 4 minutes remain, under 5 -> nothing.
        Instant start = fifth(APRIL);
        ResourceMonth r = resource().incident(Incident.of(start, start.plusSeconds(12 * 60)))
                .incident(Incident.excluded(start, start.plusSeconds(8 * 60), "routine-maintenance-or-dependencies")).build();
        assertMinutes(metric(evaluate("tca", Site.CN, APRIL, r)), "0");
    }

    @Test
    void clauseCounts() {
        assertEquals(5, definition("cfg", Site.CN, APRIL.atDay(1)).exclusions().size());
        assertEquals(14, definition("tca", Site.CN, APRIL.atDay(1)).exclusions().size());
    }
}
