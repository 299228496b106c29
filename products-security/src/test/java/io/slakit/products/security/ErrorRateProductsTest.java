package io.slakit.products.security;

import io.slakit.api.ResourceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static io.slakit.products.security.SecurityFixtures.*;

/** RCE, device security and MPSS: error rates per window, the 5/10/25/100 table at 95/90/85. */
class ErrorRateProductsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration FIVE = Duration.ofMinutes(5);

    // RCE: 99.9 -> 43.2 (Apr) / 44.64 (May); 95 -> 2160 / 2232; 90 -> 4320 / 4464; 85 -> 6480 / 6696.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 43, 0", "2024-04, 44, 5", "2024-04, 2160, 5", "2024-04, 2161, 10", "2024-04, 4320, 10", "2024-04, 4321, 25",
            "2024-04, 6480, 25", "2024-04, 6481, 100",
            "2024-05, 44, 0", "2024-05, 45, 5", "2024-05, 2232, 5", "2024-05, 2233, 10", "2024-05, 4464, 10", "2024-05, 4465, 25",
            "2024-05, 6696, 25", "2024-05, 6697, 100"})
    void rceTierEdges(String month, int badMinutes, String percent) {
        ResourceReport r = evaluate("rce", month(month), windows(month(month), MINUTE, badMinutes, 1000, 11));
        assertMinutes(metric(r), Integer.toString(badMinutes));
        assertCredit(r, percent);
    }

    // Device security: 99 -> 432 / 446.4; then as RCE.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 432, 0", "2024-04, 433, 5", "2024-04, 2160, 5", "2024-04, 2161, 10", "2024-04, 4320, 10", "2024-04, 4321, 25",
            "2024-04, 6480, 25", "2024-04, 6481, 100",
            "2024-05, 446, 0", "2024-05, 447, 5", "2024-05, 2232, 5", "2024-05, 2233, 10", "2024-05, 4464, 10", "2024-05, 4465, 25",
            "2024-05, 6696, 25", "2024-05, 6697, 100"})
    void deviceSecurityTierEdges(String month, int badMinutes, String percent) {
        ResourceReport r = evaluate("device-security", month(month), windows(month(month), MINUTE, badMinutes, 1000, 11));
        assertMinutes(metric(r), Integer.toString(badMinutes));
        assertCredit(r, percent);
    }

    // "大于1%": 10 of 1000 (exactly 1%) is not down, 11 of 1000 is.
    @ParameterizedTest
    @CsvSource({"rce, 10, 0", "rce, 11, 500", "device-security, 10, 0", "device-security, 11, 500"})
    void onePercentIsNotAboveOnePercent(String product, long failed, String minutes) {
        assertMinutes(metric(evaluate(product, APRIL, windows(APRIL, MINUTE, 500, 1000, failed))), minutes);
    }

    @Test
    void deviceSecurityRefundStateIsExcluded() {
        Instant start = fifth(APRIL);
        ResourceReport r = evaluate("device-security", APRIL, windowsBuilder(APRIL, MINUTE, 1000, 1000, 500)
                .incident(io.slakit.api.Incident.excluded(start, start.plus(Duration.ofMinutes(1000)), "non-payment-suspension"))
                .build());
        assertMinutes(metric(r), "0");
        assertCredit(r, "0");
    }

    @Test
    void rceTrialUseIsExcluded() {
        Instant start = fifth(APRIL);
        ResourceReport r = evaluate("rce", APRIL, windowsBuilder(APRIL, MINUTE, 100, 1000, 500)
                .incident(io.slakit.api.Incident.excluded(start, start.plus(Duration.ofMinutes(100)), "trial-or-free-use"))
                .build());
        assertMinutes(metric(r), "0");
    }

    // MPSS: 5-minute units, runs of 2+ bad units. 99 -> 432 (Apr: 86 units = 430 met, 87 = 435) / 446.4 (May: 89 = 445, 90 = 450).
    // 95: Apr 2160 = 432 units (exactly 95% -> 5), 433 -> 10; May 2232: 446 units = 2230 -> 5, 447 = 2235 -> 10.
    // 90: Apr 864 units -> 10, 865 -> 25; May 892 (4460) -> 10, 893 (4465) -> 25.
    // 85: Apr 1296 units -> 25, 1297 -> 100; May 1339 (6695) -> 25, 1340 (6700) -> 100.
    @ParameterizedTest
    @CsvSource({
            "2024-04, 86, 0", "2024-04, 87, 5", "2024-04, 432, 5", "2024-04, 433, 10", "2024-04, 864, 10", "2024-04, 865, 25",
            "2024-04, 1296, 25", "2024-04, 1297, 100",
            "2024-05, 89, 0", "2024-05, 90, 5", "2024-05, 446, 5", "2024-05, 447, 10", "2024-05, 892, 10", "2024-05, 893, 25",
            "2024-05, 1339, 25", "2024-05, 1340, 100"})
    void mpssTierEdges(String month, int badUnits, String percent) {
        ResourceReport r = evaluate("mpss", month(month), windows(month(month), FIVE, badUnits, 100_000, 6_000));
        assertMinutes(metric(r), Integer.toString(badUnits * 5));
        assertCredit(r, percent);
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "2, 10", "3, 15"})
    void mpssCountsOnlyTenContinuousMinutes(int units, String minutes) {
        assertMinutes(metric(evaluate("mpss", APRIL, Mpss.exampleUnits(units))), minutes);
    }

    @Test
    void mpssSeparatedBadUnitsCountNothing() {
        // 200 bad units, each followed by a good one: no run of 10 minutes.
        io.slakit.api.ResourceMonth.Builder b = resource();
        for (int i = 0; i < 400; i++) {
            b.window(io.slakit.api.WindowSample.of(fifth(APRIL).plus(FIVE.multipliedBy(i)), 100_000, i % 2 == 0 ? 6_000 : 0));
        }
        assertMinutes(metric(evaluate("mpss", APRIL, b.build())), "0");
    }

    // "大于5%（不含本数）": 5000 of 100000 is not down.
    @ParameterizedTest
    @CsvSource({"5000, 0", "5001, 50"})
    void mpssFivePercentIsNotAbove(long failed, String minutes) {
        assertMinutes(metric(evaluate("mpss", APRIL, windows(APRIL, FIVE, 10, 100_000, failed))), minutes);
    }
}
