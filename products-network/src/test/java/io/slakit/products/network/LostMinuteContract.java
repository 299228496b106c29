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

/**
 * The contract EIP, public IP, SAS and VPN share word for word: minutes in which every attempt
 * failed, 99.95% with [99, 99.95) 10%, [95, 99) 25%, [0, 95) 100%. Each product's test names itself.
 */
abstract class LostMinuteContract {
    /** The product under test. */
    abstract String product();

    @ParameterizedTest(name = "{0}: {1} failed minutes -> {2}%")
    @CsvSource({
            // 99.95%: April allows 21.6, May 22.32.
            "2024-04, 21, 0", "2024-04, 22, 10", "2024-05, 22, 0", "2024-05, 23, 10",
            // 99%: April 432 exactly -> 10%; May 446.4.
            "2024-04, 431, 10", "2024-04, 432, 10", "2024-04, 433, 25", "2024-05, 446, 10", "2024-05, 447, 25",
            // 95%: April 2160 exactly -> 25%; May 2232 exactly -> 25%.
            "2024-04, 2160, 25", "2024-04, 2161, 100", "2024-05, 2232, 25", "2024-05, 2233, 100",
    })
    void tierEdges(String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        ResourceMonth r = Fixtures.lostMinutes(m, minutes);
        assertTrue(Fixtures.same(Integer.toString(minutes), Fixtures.unavailable(product(), null, m, r)));
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent(product(), null, m, r)));
    }

    @Test
    void aMinuteWithOneSuccessfulAttemptIsUp() {
        YearMonth april = YearMonth.of(2024, 4);
        // 30 minutes with 59 of 60 attempts failing: never all failed, nothing counts.
        ResourceMonth r = Fixtures.windows(april, Duration.ofMinutes(1), 30, 60, 59).build();
        assertTrue(Fixtures.same("0", Fixtures.unavailable(product(), null, april, r)));
    }

    @Test
    void excludedMinutesDoNotCount() {
        YearMonth april = YearMonth.of(2024, 4);
        Instant start = Fixtures.fifth(april);
        // 30 failed minutes, the first 10 during announced maintenance (4.1): 20 count.
        ResourceMonth r = Fixtures.windows(april, Duration.ofMinutes(1), 30, 60, 60)
                .incident(Incident.excluded(start, start.plus(Duration.ofMinutes(10)), "announced-maintenance"))
                .build();
        assertTrue(Fixtures.same("20", Fixtures.unavailable(product(), null, april, r)));
    }
}
