package io.slakit.products.media;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.media.MediaFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GsTest {

    @Test
    void definitionCarriesTheTextsNumbers() {
        SlaDefinition d = definition("gs", Site.CN, LocalDate.of(2024, 6, 1));
        assertEquals(14, d.exclusions().size());
        assertTrue(d.exclusion("client-network").isPresent());
    }

    // 1.5 (14887-14889): at most 1 minute is not counted; 1m01s counts 2.
    @ParameterizedTest
    @CsvSource({"60, 0", "61, 2", "119, 2", "120, 2", "121, 3"})
    void thresholdAndRounding(long seconds, String minutes) {
        assertMinutes(metric(evaluate("gs", Site.CN, APRIL, outage(APRIL, seconds))), minutes);
    }

    // April 43,200 min: 99% -> 432 allowed, 97% -> 1296, 95% -> 2160.
    // May 44,640 min: 99% -> 446.4, 97% -> 1339.2, 95% -> 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 432, 0", "2024-04, 433, 5",
            "2024-04, 1296, 5", "2024-04, 1297, 10",
            "2024-04, 2160, 10", "2024-04, 2161, 20",
            "2024-05, 446, 0", "2024-05, 447, 5",
            "2024-05, 1339, 5", "2024-05, 1340, 10",
            "2024-05, 2232, 10", "2024-05, 2233, 20"})
    void tierEdges(String month, long minutes, String percent) {
        ResourceReport r = evaluate("gs", Site.CN, month(month), outage(month(month), minutes * 60));
        assertMinutes(metric(r), Long.toString(minutes));
        assertCredit(r, percent);
    }

    @Test
    void exclusionRemovesTime() {
        // 500 minutes down, of which the last 100 are the customer's game maintenance (4.6): 400 counted -> 99.07%, met.
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .incident(Incident.of(start, start.plusSeconds(500 * 60)))
                .incident(Incident.excluded(start.plusSeconds(400 * 60), start.plusSeconds(500 * 60), "customer-app-operations"))
                .build();
        MetricResult m = metric(evaluate("gs", Site.CN, APRIL, res));
        assertMinutes(m, "400");
        assertEquals(0, m.excludedMinutes().get("customer-app-operations").compareTo(java.math.BigDecimal.valueOf(100)));
        assertTrue(m.met());
    }

    @Test
    void twentyPercentIsTheMostForAnyMonth() {
        ResourceReport r = evaluate("gs", Site.CN, APRIL, outage(APRIL, 20L * 24 * 3600));
        assertFalse(metric(r).met());
        assertCredit(r, "20");
    }
}
