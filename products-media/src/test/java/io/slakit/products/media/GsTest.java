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
