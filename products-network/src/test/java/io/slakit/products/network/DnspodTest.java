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

class DnspodTest {

    @ParameterizedTest(name = "{0} {1}: {2} min down -> {3}%")
    @CsvSource({
            // Professional and Enterprise 99.99%: April 4.32 -> 4 met, 5 -> 10%; 99.90% 43.2 -> 43 10%, 44 25%;
            // 99.00% 432 exactly -> 25%, 433 -> 100%. May: 4.464 -> 4 / 5; 44.64 -> 44 / 45; 446.4 -> 446 / 447.
            "professional, 2024-04, 4, 0", "professional, 2024-04, 5, 10", "professional, 2024-04, 43, 10", "professional, 2024-04, 44, 25",
            "professional, 2024-04, 432, 25", "professional, 2024-04, 433, 100",
            "enterprise, 2024-05, 4, 0", "enterprise, 2024-05, 5, 10", "enterprise, 2024-05, 44, 10", "enterprise, 2024-05, 45, 25",
            "enterprise, 2024-05, 446, 25", "enterprise, 2024-05, 447, 100",
            // Ultimate 100%: no downtime allowed, 1 minute -> 10%.
            "ultimate, 2024-04, 0, 0", "ultimate, 2024-04, 1, 10", "ultimate, 2024-04, 43, 10", "ultimate, 2024-04, 44, 25",
            "ultimate, 2024-05, 1, 10", "ultimate, 2024-05, 447, 100",
    })
    void tierEdges(String edition, String month, int minutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        ResourceMonth r = minutes == 0 ? ResourceMonth.builder("dns-1", Fixtures.FEE).build()
                : Fixtures.outage(m, Duration.ofMinutes(minutes));
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent("dnspod", edition, m, r)));
    }

    @ParameterizedTest(name = "{0} s -> {1} min")
    @CsvSource({"1, 1", "59, 1", "60, 1", "61, 2", "661, 12"})
    void anyPartialMinuteCountsWhole(int seconds, String minutes) {
        YearMonth june = YearMonth.of(2024, 6);
        assertTrue(Fixtures.same(minutes, Fixtures.unavailable("dnspod", "enterprise", june, Fixtures.outage(june, Duration.ofSeconds(seconds)))));
    }

    @Test
    void recordPropagationIsExcluded() {
        YearMonth june = YearMonth.of(2024, 6);
        Instant start = Fixtures.fifth(june);
        ResourceMonth r = ResourceMonth.builder("dns-1", Fixtures.FEE)
                .incident(Incident.excluded(start, start.plus(Duration.ofHours(2)), "record-propagation"))
                .build();
        assertTrue(Fixtures.same("0", Fixtures.unavailable("dnspod", "ultimate", june, r)));
    }
}
