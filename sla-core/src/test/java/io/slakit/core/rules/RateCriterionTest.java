package io.slakit.core.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The window criteria in integers stay exact where the products leave a long (the engine reads long counts). */
class RateCriterionTest {

    @ParameterizedTest(name = "{0} {1}%: {3} of {2} failed -> bad {4}")
    @CsvSource({
            // 0.05 % of 4e12 is exactly 2e9 failed: not above, but at least; one more is above.
            "ERROR_RATE_ABOVE, 0.05, 4000000000000, 2000000000, false",
            "ERROR_RATE_ABOVE, 0.05, 4000000000000, 2000000001, true",
            "ERROR_RATE_AT_LEAST, 0.05, 4000000000000, 2000000000, true",
            "ERROR_RATE_AT_LEAST, 0.05, 4000000000000, 1999999999, false",
            // 0.05 % of 9e18 is 4.5e15; 4.5e15 x 10^4 = 4.5e19 leaves a long.
            "ERROR_RATE_ABOVE, 0.05, 9000000000000000000, 4500000000000000, false",
            "ERROR_RATE_ABOVE, 0.05, 9000000000000000000, 4500000000000001, true",
            // 99 % of 9e18 succeeded (9e16 failed) is not below 99 %; one more failure is.
            "SUCCESS_RATE_BELOW, 99, 9000000000000000000, 90000000000000000, false",
            "SUCCESS_RATE_BELOW, 99, 9000000000000000000, 90000000000000001, true",
            "EVERY_ATTEMPT_FAILED, , 9223372036854775807, 9223372036854775807, true",
            "FAILED_COUNT_AT_LEAST, 5, 9223372036854775807, 4, false",
            "FAILED_COUNT_AT_LEAST, 5, 9223372036854775807, 5, true",
    })
    void largeCountsAreComparedExactly(WindowedRate.Criterion criterion, String percent, long total, long failed, boolean bad) {
        RateCriterion test = RateCriterion.of(criterion, percent == null ? null : new BigDecimal(percent), 0);
        assertEquals(bad, test.isBad(total, failed));
    }

    @ParameterizedTest(name = "{0} x {1} vs {2} x {3} -> {4}")
    @CsvSource({
            "9223372036854775807, 10000, 5, 9223372036854775807, 1",
            "9223372036854775807, 2, 9223372036854775807, 2, 0",
            "4611686018427387904, 4, 9223372036854775807, 2, 1",   // 2^64 against 2^64 - 2
            "3, 5, 2, 8, -1",
    })
    void productsCompareAsTheirExactValues(long a, long b, long c, long d, int sign) {
        assertEquals(sign, Integer.signum(RateCriterion.compareProducts(a, b, c, d)));
    }
}
