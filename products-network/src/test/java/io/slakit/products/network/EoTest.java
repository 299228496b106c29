package io.slakit.products.network;

import io.slakit.api.ResourceMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** 5-minute units with error rate above 0.1%; runs of two or more consecutive abnormal units count; 99.9% with 10/25/50%. */
class EoTest {
    private static final String ID = "eo";
    private static final Duration FIVE = Duration.ofMinutes(5);

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
        ResourceMonth r = Fixtures.windows(m, FIVE, units, 10000, 11).build();
        assertTrue(Fixtures.same(Integer.toString(units * 5), Fixtures.unavailable(ID, null, m, r)));
        assertTrue(Fixtures.same(credit, Fixtures.creditPercent(ID, null, m, r)));
    }

    @Test
    void aLoneAbnormalUnitIsNotCounted() {
        YearMonth april = YearMonth.of(2024, 4);
        assertTrue(Fixtures.same("0", Fixtures.unavailable(ID, null, april, Fixtures.windows(april, FIVE, 1, 10000, 11).build())));
    }

    @Test
    void twoConsecutiveAbnormalUnitsCountTenMinutes() {
        YearMonth april = YearMonth.of(2024, 4);
        assertTrue(Fixtures.same("10", Fixtures.unavailable(ID, null, april, Fixtures.windows(april, FIVE, 2, 10000, 11).build())));
    }

    @Test
    void anErrorRateOfExactlyTheThresholdIsNotAbnormal() {
        YearMonth april = YearMonth.of(2024, 4);
        // 10 of 10000 = 0.1%: not above the threshold.
        assertTrue(Fixtures.same("0", Fixtures.unavailable(ID, null, april, Fixtures.windows(april, FIVE, 10, 10000, 10).build())));
    }
}
