package io.slakit.products.bigdata;

import io.slakit.api.Incident;
import io.slakit.api.MetricResult;
import io.slakit.api.ResourceMonth;
import io.slakit.api.Site;
import io.slakit.api.WindowSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.bigdata.BigdataFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EMR (2.1, 23895): availability = 1 - sum of the 5-minute units' error rates / units in the month (September 8,640,
 * August 8,928). 99.9 % allows a sum of 8.64 (September) / 8.928 (August); 99 % is 86.4 / 89.28; 95 % is 432 / 446.4.
 */
class EmrTest {
    private static final Duration FIVE = Duration.ofMinutes(5);

    /** Wholly failed units (rate 1 each): the sum is the number of units. Table 10 / 20 / 100 %. */
    @ParameterizedTest(name = "emr {0}: {1} wholly failed units -> {2}%")
    @CsvSource({
            "2025-09, 8, 0", "2025-09, 9, 10", "2025-09, 86, 10", "2025-09, 87, 20", "2025-09, 432, 20", "2025-09, 433, 100",
            "2025-08, 8, 0", "2025-08, 9, 10", "2025-08, 89, 10", "2025-08, 90, 20", "2025-08, 446, 20", "2025-08, 447, 100",
    })
    void tierEdges(String month, int failedUnits, String percent) {
        assertCredit(evaluate("emr", Site.CN, month(month), windows(month(month), FIVE, failedUnits, 100, 100)), percent);
    }

    /** Exactly on the bounds with a partial unit: September sums of 8.64 (99.9 %) and 86.4 (99 %), and 0.01 more. */
    @ParameterizedTest(name = "emr September: {0} whole units + {1}/100 -> {2}%")
    @CsvSource({"8, 64, 0", "8, 65, 10", "86, 40, 10", "86, 41, 20"})
    void exactlyOnTheBound(int wholeUnits, long failedOfHundred, String percent) {
        ResourceMonth.Builder b = windowsBuilder(SEPTEMBER, FIVE, wholeUnits, 100, 100);
        b.window(WindowSample.of(fifth(SEPTEMBER).plus(FIVE.multipliedBy(wholeUnits)), 100, failedOfHundred));
        assertCredit(evaluate("emr", Site.CN, SEPTEMBER, b.build()), percent);
    }

    @Test
    void unitsWithoutRequestsAreFullyAvailableAndStillCount() {
        // 1.5 (23852): 9 wholly failed units and no other requests in September. The 8,631 quiet units count as 100% available
        // in the 8,640: 1 - 9/8640 = 99.896% -> 10%. Were quiet units left out, the 9 units alone would give 0% -> 100%.
        MetricResult m = metric(evaluate("emr", Site.CN, SEPTEMBER, windows(SEPTEMBER, FIVE, 9, 100, 100)));
        assertEquals(0, BigDecimal.valueOf(8631).compareTo(m.availability().available()), m.explanation());
        assertEquals(0, BigDecimal.valueOf(8640).compareTo(m.availability().total()), m.explanation());
        assertCredit(evaluate("emr", Site.CN, SEPTEMBER, windows(SEPTEMBER, FIVE, 9, 100, 100)), "10");
    }

    @Test
    void errorRatesAreFractionsOfTheUnitsValidRequests() {
        // 18 units with 50 of 100 failed: sum 9 -> 99.896% -> 10%; 16 such units: sum 8 -> 99.907% -> met.
        assertCredit(evaluate("emr", Site.CN, SEPTEMBER, windows(SEPTEMBER, FIVE, 18, 100, 50)), "10");
        assertTrue(metric(evaluate("emr", Site.CN, SEPTEMBER, windows(SEPTEMBER, FIVE, 16, 100, 50))).met());
        // Every one of September's 8,640 units with a single error among 10,000 valid requests: each adds 0.0001, sum 0.864 -> 99.99% -> met.
        ResourceMonth all = windowsFrom(resource(), SEPTEMBER.atDay(1).atStartOfDay(BEIJING).toInstant(), FIVE, 8640, 10000, 1).build();
        assertTrue(metric(evaluate("emr", Site.CN, SEPTEMBER, all)).met());
    }

    @Test
    void excludedErrorsAreLeftOutOfTheCounts() {
        // Reading chosen (notes): errors from a cause of 4.1-4.5 are not counted as errors (1.5 counts only Tencent Cloud's).
        // 20 units in which 100 of 100 requests failed through the customer's configuration (4.1): given as 100 valid, 0 errors,
        // with the time attributed to the clause. Availability 100%, no credit, and the report names the clause.
        Instant start = fifth(SEPTEMBER);
        ResourceMonth r = windowsBuilder(SEPTEMBER, FIVE, 20, 100, 0)
                .incident(Incident.excluded(start, start.plus(FIVE.multipliedBy(20)), "user-side-fault"))
                .build();
        MetricResult m = metric(evaluate("emr", Site.CN, SEPTEMBER, r));
        assertTrue(m.met());
        assertEquals(0, BigDecimal.valueOf(100).compareTo(m.excludedMinutes().get("user-side-fault")), m.excludedMinutes().toString());
        assertCredit(evaluate("emr", Site.CN, SEPTEMBER, r), "0");
    }

    @Test
    void theRuleIsTheMeanOfFiveMinuteRates() {
        var d = definition("emr", Site.CN, SEPTEMBER.atDay(1));
        assertEquals("mean-window-error-rate", d.editions().get(0).metrics().get(0).measurement().rule());
        assertFalse(d.editions().get(0).metrics().get(0).measurement().countsMinutes());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("CVM, TKE, CBS, COS")));
    }

    /** A partial service month (1.7): activated on Sep 17, September is Sep 17-30 = 14 days = 4,032 units; 99.9% allows a sum of 4.032. */
    @ParameterizedTest(name = "emr Sep 17-30: {0} wholly failed units -> {1}%")
    @CsvSource({"4, 0", "5, 10"})
    void partialServiceMonth(int failedUnits, String percent) {
        ResourceMonth.Builder b = resource().activeFrom(SEPTEMBER.atDay(17).atStartOfDay(BEIJING).toInstant());
        ResourceMonth r = windowsFrom(b, SEPTEMBER.atDay(20).atStartOfDay(BEIJING).toInstant(), FIVE, failedUnits, 100, 100).build();
        MetricResult m = metric(evaluate("emr", Site.CN, SEPTEMBER, r));
        assertEquals(0, BigDecimal.valueOf(4032).compareTo(m.availability().total()), m.explanation());
        assertCredit(evaluate("emr", Site.CN, SEPTEMBER, r), percent);
    }
}
