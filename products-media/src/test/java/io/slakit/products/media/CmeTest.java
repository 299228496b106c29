package io.slakit.products.media;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;
import io.slakit.api.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import static io.slakit.products.media.MediaFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CME: the month's downtime against the service year's minutes; credits are a share of the monthly fee. */
class CmeTest {
    private static final Instant ACTIVATED = Instant.parse("2021-03-16T16:00:00Z"); // 2021-03-17 00:00 Beijing

    private static ResourceMonth activatedWithOutage(YearMonth month, long minutes) {
        Instant start = fifth(month);
        return resource().activeFrom(ACTIVATED).incident(Incident.of(start, start.plusSeconds(minutes * 60))).build();
    }

    // Service year 2021-03-17 .. 2022-03-16: 365 days, 525,600 minutes, for the 30-day April and the 31-day May alike.
    // 99.9 -> 525.6, 99 -> 5,256, 95 -> 26,280 minutes allowed. 10 / 25 / 50 % of the MONTHLY fee.
    @ParameterizedTest
    @CsvSource({
            "2021-04, 525, 0", "2021-04, 526, 10", "2021-04, 5256, 10", "2021-04, 5257, 25", "2021-04, 26280, 25", "2021-04, 26281, 50",
            "2021-05, 525, 0", "2021-05, 526, 10", "2021-05, 5256, 10", "2021-05, 5257, 25", "2021-05, 26280, 25", "2021-05, 26281, 50"})
    void tierEdgesAgainstTheServiceYear(String month, long minutes, String percent) {
        ResourceReport r = evaluate("cme", Site.CN, month(month), activatedWithOutage(month(month), minutes));
        assertEquals(0, metric(r).totalMinutes().compareTo(BigDecimal.valueOf(525600)));
        assertCredit(r, percent);
    }

    @Test
    void withoutActivationTheCalendarYearCounts() {
        // 2024 has 366 days: 527,040 minutes; 99.9% allows 527.04. 527 met, 528 -> 10%.
        MetricResult m = metric(evaluate("cme", Site.CN, APRIL, outage(APRIL, 527 * 60)));
        assertEquals(0, m.totalMinutes().compareTo(BigDecimal.valueOf(527040)));
        assertTrue(m.met());
        assertCredit(evaluate("cme", Site.CN, APRIL, outage(APRIL, 528 * 60)), "10");
    }

    @Test
    void exactDurationsCount() {
        // No rounding is defined: 90 seconds count 1.5 minutes.
        assertMinutes(metric(evaluate("cme", Site.CN, APRIL, outage(APRIL, 90))), "1.5");
    }

    @Test
    void exclusionRemovesTime() {
        Instant start = fifth(APRIL);
        ResourceMonth res = resource()
                .incident(Incident.of(start, start.plusSeconds(1000 * 60)))
                .incident(Incident.excluded(start, start.plusSeconds(600 * 60), "announced-maintenance"))
                .build();
        MetricResult m = metric(evaluate("cme", Site.CN, APRIL, res));
        assertMinutes(m, "400");
        assertTrue(m.met());
    }
}
