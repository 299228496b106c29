package io.slakit.products.network;

import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract CDN, ECDN and EO share: a 5-minute unit is abnormal when its error rate is above a
 * threshold; runs of two or more consecutive abnormal units count; 99.9% with 10/25/50%. Each
 * product's test names itself and its threshold as failures per 10,000 requests.
 */
abstract class ConsecutiveErrorUnitsContract {
    static final Duration FIVE = Duration.ofMinutes(5);

    /** The product under test. */
    abstract String product();

    /** Failures per 10,000 requests exactly at the threshold (not abnormal). */
    abstract int failuresAtThreshold();

    /** Failures per 10,000 requests just above the threshold (abnormal). */
    abstract int failuresAboveThreshold();

    @ParameterizedTest(name = "{0}: a run of {1} abnormal units -> {2}%")
    @CsvSource({
            // 99.9%: April allows 43.2 -> 8 units (40) met, 9 (45) 10%; May 44.64 -> same.
            "2024-04, 8, 0", "2024-04, 9, 10", "2024-05, 8, 0", "2024-05, 9, 10",
            // 99%: April 432 -> 86 units (430) 10%, 87 (435) 25%; May 446.4 -> 89 (445) / 90 (450).
            "2024-04, 86, 10", "2024-04, 87, 25", "2024-05, 89, 10", "2024-05, 90, 25",
            // 95%: April 2160 = 432 units exactly -> 25%, 433 -> 50%; May 2232 -> 446 (2230) / 447 (2235).
            "2024-04, 432, 25", "2024-04, 433, 50", "2024-05, 446, 25", "2024-05, 447, 50",
    })
    void tierEdges(String month, int units, String credit) {
        YearMonth m = YearMonth.parse(month);
        ResourceMonth r = Fixtures.windows(m, FIVE, units, 10000, failuresAboveThreshold()).build();
        assertTrue(Fixtures.same(Integer.toString(units * 5), Fixtures.unavailable(product(), null, m, r)));
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent(product(), null, m, r)));
    }

    @Test
    void aLoneAbnormalUnitIsNotCounted() {
        YearMonth april = YearMonth.of(2024, 4);
        assertTrue(Fixtures.same("0", Fixtures.unavailable(product(), null, april, Fixtures.windows(april, FIVE, 1, 10000, failuresAboveThreshold()).build())));
    }

    @Test
    void twoConsecutiveAbnormalUnitsCountTenMinutes() {
        YearMonth april = YearMonth.of(2024, 4);
        assertTrue(Fixtures.same("10", Fixtures.unavailable(product(), null, april, Fixtures.windows(april, FIVE, 2, 10000, failuresAboveThreshold()).build())));
    }

    @Test
    void anErrorRateOfExactlyTheThresholdIsNotAbnormal() {
        YearMonth april = YearMonth.of(2024, 4);
        assertTrue(Fixtures.same("0", Fixtures.unavailable(product(), null, april,
                Fixtures.windows(april, FIVE, 10, 10000, failuresAtThreshold()).build())));
    }
}
