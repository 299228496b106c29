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

class NatTest {

    @ParameterizedTest(name = "{0}: {1} min down -> {2}%")
    @CsvSource({
            // 99.99%: April allows 4.32, May 4.464.
            "2024-04, 4, 0", "2024-04, 5, 10", "2024-05, 4, 0", "2024-05, 5, 10",
            // 99.95%: April 21.6 -> 21 is [99.95, 99.99) 10%, 22 is 25%; May 22.32 -> 22 / 23.
            "2024-04, 21, 10", "2024-04, 22, 25", "2024-05, 22, 10", "2024-05, 23, 25",
            // 99.50%: April 216 exactly -> 99.50% -> 25%; 217 -> 100%. May 223.2 -> 223 / 224.
            "2024-04, 215, 25", "2024-04, 216, 25", "2024-04, 217, 100", "2024-05, 223, 25", "2024-05, 224, 100",
    })
    void tierEdges(String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("nat", null, m, Fixtures.outage(m, Duration.ofMinutes(minutes)))));
    }

    @ParameterizedTest(name = "{0} s -> {1} min")
    @CsvSource({"59, 0", "60, 0", "61, 2"})
    void thresholdAndRounding(int seconds, String minutes) {
        YearMonth april = YearMonth.of(2024, 4);
        assertTrue(Fixtures.same(minutes, Fixtures.unavailable("nat", null, april, Fixtures.outage(april, Duration.ofSeconds(seconds)))));
    }

    @Test
    void announcedMaintenanceIsExcluded() {
        YearMonth april = YearMonth.of(2024, 4);
        Instant start = Fixtures.fifth(april);
        ResourceMonth r = ResourceMonth.builder("nat-1", Fixtures.FEE)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(60)), "announced-maintenance"))
                .build();
        var result = Fixtures.availability("nat", null, april, r);
        assertTrue(Fixtures.same("0", result.unavailableMinutes().orElseThrow()));
        assertTrue(Fixtures.same("60", result.excludedMinutes().get("announced-maintenance")));
    }
}
