package io.slakit.products.network;

import io.slakit.api.Incident;
import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivateDnsTest {

    @ParameterizedTest(name = "{0}: {1} min down -> {2}%")
    @CsvSource({
            // 99.99%: April 4 met, 5 -> 10%; 99.00% 432 -> 10%, 433 -> 25%; 95% 2160 -> 25%, 2161 -> 100%.
            "2024-04, 4, 0", "2024-04, 5, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-04, 2160, 25", "2024-04, 2161, 100",
            "2024-05, 4, 0", "2024-05, 5, 10", "2024-05, 446, 10", "2024-05, 447, 25", "2024-05, 2232, 25", "2024-05, 2233, 100",
    })
    void tierEdges(String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("privatedns", null, m, Fixtures.outage(m, Duration.ofMinutes(minutes)))));
    }

    @ParameterizedTest(name = "{0} s -> {1} min")
    @CsvSource({"1, 1", "60, 1", "61, 2", "661, 12"})
    void anyPartialMinuteCountsWhole(int seconds, String minutes) {
        YearMonth april = YearMonth.of(2024, 4);
        assertTrue(Fixtures.same(minutes, Fixtures.unavailable("privatedns", null, april, Fixtures.outage(april, Duration.ofSeconds(seconds)))));
    }

    @Test
    void customerFaultIsExcluded() {
        YearMonth april = YearMonth.of(2024, 4);
        Instant start = Fixtures.fifth(april);
        ResourceMonth r = ResourceMonth.builder("pdns-1", Fixtures.FEE)
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(10))))
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(8)), "customer-fault"))
                .build();
        // 10 minutes down, 8 of them the user's own network (4.3): 2 count.
        assertTrue(Fixtures.same("2", Fixtures.unavailable("privatedns", null, april, r)));
    }
}
