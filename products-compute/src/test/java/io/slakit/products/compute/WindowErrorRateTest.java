package io.slakit.products.compute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.YearMonth;

import static io.slakit.products.compute.Fixtures.APRIL;
import static io.slakit.products.compute.Fixtures.assertAmount;
import static io.slakit.products.compute.Fixtures.assertDecimal;
import static io.slakit.products.compute.Fixtures.evaluateOne;
import static io.slakit.products.compute.Fixtures.metric;
import static io.slakit.products.compute.Fixtures.windows;

/** SCF and webify (5-minute windows) and TCB (1-minute windows): a window is down when its error rate is above 5 %. */
class WindowErrorRateTest {
    private static final Duration FIVE = Duration.ofMinutes(5);

    @ParameterizedTest(name = "{0}: {1} of 100 failed -> {2} min")
    @CsvSource({"scf, 5, 0", "scf, 6, 5", "webify, 5, 0", "webify, 6, 5"})
    void fivePercentIsNotAboveFivePercent(String product, long failed, String minutes) {
        assertDecimal(minutes, metric(product, APRIL, windows(APRIL, FIVE, 1, 100, failed), "availability").unavailableMinutes().orElseThrow());
    }

    @Test
    void tcbCountsOneMinuteWindows() {
        assertDecimal("0", metric("tcb", APRIL, windows(APRIL, Duration.ofMinutes(1), 3, 100, 5), "availability").unavailableMinutes().orElseThrow());
        assertDecimal("3", metric("tcb", APRIL, windows(APRIL, Duration.ofMinutes(1), 3, 100, 6), "availability").unavailableMinutes().orElseThrow());
    }

    /**
     * SCF 99.95 %: April allows 21.6 (4 windows = 20 met, 5 = 25 -> 10 %); 99 % at 432 (86 windows = 430 -> 10 %,
     * 87 = 435 -> 25 %); 95 % at 2160 (432 windows exactly -> 25 %, 433 -> 100 %). May: 22.32, 446.4, 2232
     * (4 / 5, 89 / 90, 446 / 447 windows).
     */
    @ParameterizedTest(name = "{0}: {1} bad windows -> {2}")
    @CsvSource({
        "2024-04, 4, 0.00", "2024-04, 5, 100.00", "2024-04, 86, 100.00", "2024-04, 87, 250.00", "2024-04, 432, 250.00", "2024-04, 433, 1000.00",
        "2024-05, 4, 0.00", "2024-05, 5, 100.00", "2024-05, 89, 100.00", "2024-05, 90, 250.00", "2024-05, 446, 250.00", "2024-05, 447, 1000.00",
    })
    void scfTierEdges(String month, int badWindows, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertAmount(credit, evaluateOne("scf", m, windows(m, FIVE, badWindows, 100, 50)).credit());
    }

    /** webify 99.9 %: April 43.2 (8 windows = 40 met, 9 = 45 -> 10 %); May 44.64 (8 / 9). 95 % -> 100 %. */
    @ParameterizedTest(name = "{0}: {1} bad windows -> {2}")
    @CsvSource({"2024-04, 8, 0.00", "2024-04, 9, 100.00", "2024-04, 433, 1000.00", "2024-05, 8, 0.00", "2024-05, 9, 100.00", "2024-05, 447, 1000.00"})
    void webifyTierEdges(String month, int badWindows, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertAmount(credit, evaluateOne("webify", m, windows(m, FIVE, badWindows, 100, 50)).credit());
    }

    /** TCB 99.95 % with 1-minute windows: 21 / 22 in April, 22 / 23 in May; below 95 % pays 50 %. */
    @ParameterizedTest(name = "{0}: {1} bad minutes -> {2}")
    @CsvSource({"2024-04, 21, 0.00", "2024-04, 22, 100.00", "2024-04, 433, 250.00", "2024-04, 2160, 250.00", "2024-04, 2161, 500.00",
        "2024-05, 22, 0.00", "2024-05, 23, 100.00", "2024-05, 2232, 250.00", "2024-05, 2233, 500.00"})
    void tcbTierEdges(String month, int badMinutes, String credit) {
        YearMonth m = YearMonth.parse(month);
        assertAmount(credit, evaluateOne("tcb", m, windows(m, Duration.ofMinutes(1), badMinutes, 100, 50)).credit());
    }
}
