package io.slakit.products.saas;

import io.slakit.api.CreditForm;
import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static io.slakit.products.saas.SaasFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QidianMarketingTest {

    // 1.3 (53010-53014): at most 1 minute not counted; over 1 and under 2 counts 2.
    @ParameterizedTest
    @CsvSource({"60, 0", "61, 2", "119, 2", "120, 2", "121, 3"})
    void thresholdAndRounding(long seconds, String minutes) {
        assertMinutes(metric(evaluate("qidian-marketing", Site.CN, APRIL, outage(APRIL, seconds))), minutes);
    }

    // 99 / 95 -> 10 / 30 (53133-53137). April 432 | 2160; May 446.4 | 2232.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 432, 0", "2024-04, 433, 10", "2024-04, 2160, 10", "2024-04, 2161, 30",
            "2024-05, 446, 0", "2024-05, 447, 10", "2024-05, 2232, 10", "2024-05, 2233, 30"})
    void tierEdges(String month, long minutes, String percent) {
        assertCredit(evaluate("qidian-marketing", Site.CN, month(month), outage(month(month), minutes * 60)), percent);
    }

    @Test
    void creditIsPaidAsPageViews() {
        assertEquals(CreditForm.FREE_USAGE, definition("qidian-marketing", Site.CN, LocalDate.of(2024, 4, 1)).creditForm());
    }

    @Test
    void harassmentReportsAreExcluded() {
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .incident(Incident.of(start, start.plusSeconds(3000 * 60)))
                .incident(Incident.excluded(start, start.plusSeconds(3000 * 60), "reported-as-harassment"))
                .build();
        MetricResult m = metric(evaluate("qidian-marketing", Site.CN, APRIL, res));
        assertMinutes(m, "0");
        assertTrue(m.met());
    }
}
