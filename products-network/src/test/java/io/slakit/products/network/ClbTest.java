package io.slakit.products.network;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import io.slakit.api.SlaDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClbTest {

    @Test
    void twoEditionsByProductType() {
        SlaDefinition d = Fixtures.definition("clb");
        assertEquals(2, d.editions().size());
        assertTrue(d.edition("domain-public").isPresent());
        assertTrue(d.edition("other").isPresent());
    }

    @ParameterizedTest(name = "{0} {1}: {2} min down -> {3}%")
    @CsvSource({
            // domain-public 99.99%: April allows 4.32 min, May 4.464 min.
            "domain-public, 2024-04, 4, 0",
            "domain-public, 2024-04, 5, 10",
            "domain-public, 2024-05, 4, 0",
            "domain-public, 2024-05, 5, 10",
            // 99%: April 1% of 43200 = 432 (exactly 99% -> 10%); May 446.4.
            "domain-public, 2024-04, 431, 10",
            "domain-public, 2024-04, 432, 10",
            "domain-public, 2024-04, 433, 25",
            "domain-public, 2024-05, 446, 10",
            "domain-public, 2024-05, 447, 25",
            // 95%: April 5% = 2160 (exactly 95% -> 25%); May 2232.
            "domain-public, 2024-04, 2159, 25",
            "domain-public, 2024-04, 2160, 25",
            "domain-public, 2024-04, 2161, 100",
            "domain-public, 2024-05, 2232, 25",
            "domain-public, 2024-05, 2233, 100",
            // other 99.95%: April allows 21.6 min, May 22.32 min.
            "other, 2024-04, 21, 0",
            "other, 2024-04, 22, 10",
            "other, 2024-05, 22, 0",
            "other, 2024-05, 23, 10",
            "other, 2024-04, 432, 10",
            "other, 2024-04, 433, 25",
            "other, 2024-05, 2233, 100",
    })
    void tierEdges(String edition, String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        ResourceMonth r = Fixtures.outage(m, Duration.ofMinutes(minutes));
        assertEquals(0, Fixtures.unavailable("clb", edition, m, r).compareTo(java.math.BigDecimal.valueOf(minutes)));
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("clb", edition, m, r)));
    }

    @ParameterizedTest(name = "{0} s -> {1} min")
    @CsvSource({"60, 0", "61, 2", "119, 2", "120, 2", "121, 3"})
    void oneMinuteThresholdThenRoundingUp(int seconds, String minutes) {
        YearMonth april = YearMonth.of(2024, 4);
        // 1.5 (10416-10418): at most 1 minute is not counted; 1m01s counts 2 minutes.
        assertTrue(Fixtures.same(minutes, Fixtures.unavailable("clb", "other", april, Fixtures.outage(april, Duration.ofSeconds(seconds)))));
    }

    @Test
    void excludedTimeIsNotDowntime() {
        YearMonth april = YearMonth.of(2024, 4);
        Instant start = Fixtures.fifth(april);
        // 30 minutes down, of which the last 10 are a customer backend fault (4.5): 20 minutes count, under 21.6 allowed.
        ResourceMonth r = ResourceMonth.builder("lb-1", Fixtures.FEE)
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(30))))
                .incident(Incident.excluded(start.plus(Duration.ofMinutes(20)), start.plus(Duration.ofMinutes(30)), "customer-backend-fault"))
                .build();
        var result = Fixtures.availability("clb", "other", april, r);
        assertTrue(Fixtures.same("20", result.unavailableMinutes().orElseThrow()));
        assertTrue(Fixtures.same("10", result.excludedMinutes().get("customer-backend-fault")));
        assertTrue(result.met());
    }

    @Test
    void creditIsAShareOfTheMonthsFee() {
        YearMonth april = YearMonth.of(2024, 4);
        // 433 minutes in April: [95, 99) -> 25% of 1000.00 = 250.00.
        var report = Fixtures.evaluate("clb", "domain-public", april, Fixtures.outage(april, Duration.ofMinutes(433)));
        assertEquals("250.00", report.totalCredit().amount().toPlainString());
    }
}
