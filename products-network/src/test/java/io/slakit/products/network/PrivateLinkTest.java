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

/** 1.6 (002:11086-11090) read as continuous failures: five minutes or more count their whole length, shorter ones nothing. */
class PrivateLinkTest {
    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    @ParameterizedTest(name = "{0}: one {1}-minute failure -> {2}%")
    @CsvSource({
            // 99.95%: April allows 21.6 minutes -> 21 met, 22 10%. May 22.32 -> 22 met, 23 10%.
            "2024-04, 21, 0", "2024-04, 22, 10", "2024-05, 22, 0", "2024-05, 23, 10",
            // 99%: April 432 exactly -> 99% is in [99, 99.95) 10%, 433 25%. May 446.4 -> 446 10%, 447 25%.
            "2024-04, 432, 10", "2024-04, 433, 25", "2024-05, 446, 10", "2024-05, 447, 25",
            // 95%: April 2160 exactly -> 95% is in [95, 99) 25%, 2161 100%. May 2232 -> 25%, 2233 100%.
            "2024-04, 2160, 25", "2024-04, 2161, 100", "2024-05, 2232, 25", "2024-05, 2233, 100",
    })
    void tierEdges(String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        ResourceMonth r = Fixtures.outage(m, Duration.ofMinutes(minutes));
        assertTrue(Fixtures.same(Integer.toString(minutes), Fixtures.unavailable("privatelink", null, m, r)));
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("privatelink", null, m, r)));
    }

    @Test
    void aSixMinuteFailureStraddlingTwoFiveMinuteBlocksCountsSixMinutes() {
        // 10:03-10:09 Beijing: fills neither 10:00-10:05 nor 10:05-10:10, but lasted five minutes and more.
        Instant start = Fixtures.fifth(APRIL).plus(Duration.ofHours(10)).plus(Duration.ofMinutes(3));
        ResourceMonth r = ResourceMonth.builder("res-1", Fixtures.FEE)
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(6))))
                .build();
        assertTrue(Fixtures.same("6", Fixtures.unavailable("privatelink", null, APRIL, r)));
    }

    @ParameterizedTest(name = "a failure of {0} counts {1} minutes")
    @CsvSource({
            "PT4M59S, 0",   // did not last five minutes (未持续五分钟)
            "PT5M, 5",      // lasted five minutes: counts
            "PT5M1S, 6",    // partial minutes round up
            "PT30M, 30",
    })
    void fiveMinuteThreshold(String length, String minutes) {
        ResourceMonth r = Fixtures.outage(APRIL, Duration.parse(length));
        assertTrue(Fixtures.same(minutes, Fixtures.unavailable("privatelink", null, APRIL, r)));
    }

    @Test
    void shortFailuresDoNotAddUp() {
        Instant start = Fixtures.fifth(APRIL);
        ResourceMonth r = ResourceMonth.builder("res-1", Fixtures.FEE)
                .incident(Incident.of(start, start.plus(Duration.ofMinutes(4))))
                .incident(Incident.of(start.plus(Duration.ofMinutes(10)), start.plus(Duration.ofMinutes(14))))
                .build();
        assertTrue(Fixtures.same("0", Fixtures.unavailable("privatelink", null, APRIL, r)));
    }
}
