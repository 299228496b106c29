package io.slakit.products.network;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpdnsTest {

    @ParameterizedTest(name = "{0}: {1} min down -> {2}%")
    @CsvSource({
            // 99.99%: April 4.32 -> 4 met, 5 -> 10%; 99% 432 exactly -> 10%, 433 -> 15%; 95% 2160 -> 15%, 2161 -> 50%.
            "2024-04, 4, 0", "2024-04, 5, 10", "2024-04, 432, 10", "2024-04, 433, 15", "2024-04, 2160, 15", "2024-04, 2161, 50",
            // May: 4.464 -> 4 / 5; 446.4 -> 446 / 447; 2232 -> 2232 / 2233.
            "2024-05, 4, 0", "2024-05, 5, 10", "2024-05, 446, 10", "2024-05, 447, 15", "2024-05, 2232, 15", "2024-05, 2233, 50",
    })
    void tierEdges(String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("httpdns", null, m, Fixtures.outage(m, Duration.ofMinutes(minutes)))));
    }

    @ParameterizedTest(name = "{0} s -> {1} min")
    @CsvSource({"59, 0", "60, 1", "61, 2", "661, 12"})
    void underOneMinuteIgnoredThenRoundedUp(int seconds, String minutes) {
        YearMonth june = YearMonth.of(2024, 6);
        assertTrue(Fixtures.same(minutes, Fixtures.unavailable("httpdns", null, june, Fixtures.outage(june, Duration.ofSeconds(seconds)))));
    }
}
