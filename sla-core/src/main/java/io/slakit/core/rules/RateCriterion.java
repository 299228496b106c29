package io.slakit.core.rules;

import java.math.BigDecimal;

/**
 * {@link WindowedRate}'s criterion in integers: when a window's counts make it bad. A rate of
 * {@code p} % with {@code s} decimals is kept as {@code p x 10^s} over {@code 10^(s + 2)}, so
 * "failed / total > p / 100" is the exact comparison {@code failed x 10^(s+2) > p x 10^s x total}
 * (128-bit when the products leave a long). The rule's {@code measure} and its compiled
 * {@link DenseWindowKernel} both ask it (internal); immutable and thread-safe.
 */
final class RateCriterion {
    /** Decimals of a rate that keep {@code 10^(s + 2)} and {@code 100 x 10^s} within a long. */
    static final int MAX_DECIMALS = 16;

    private final WindowedRate.Criterion criterion;
    /** {@code p x 10^s}; for {@link WindowedRate.Criterion#FAILED_COUNT_AT_LEAST} the count of failures. */
    private final long numerator;
    /** {@code 10^(s + 2)}. */
    private final long denominator;
    private final long minimumRequests;

    private RateCriterion(WindowedRate.Criterion criterion, long numerator, long denominator, long minimumRequests) {
        this.criterion = criterion;
        this.numerator = numerator;
        this.denominator = denominator;
        this.minimumRequests = minimumRequests;
    }

    /** The criterion of {@code percent} (a count for a failed count; null for every attempt failed). */
    static RateCriterion of(WindowedRate.Criterion criterion, BigDecimal percent, long minimumRequests) {
        if (percent == null) {
            return new RateCriterion(criterion, 0, 1, minimumRequests);
        }
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("a rate or count cannot be negative: " + percent);
        }
        if (criterion == WindowedRate.Criterion.FAILED_COUNT_AT_LEAST) {
            // "N or more failed" for a fractional N is "the next whole number or more".
            return new RateCriterion(criterion, percent.setScale(0, java.math.RoundingMode.CEILING).longValueExact(), 1, minimumRequests);
        }
        int scale = Math.max(0, percent.stripTrailingZeros().scale());
        if (scale > MAX_DECIMALS) {
            throw new IllegalArgumentException("a rate has at most " + MAX_DECIMALS + " decimals: " + percent);
        }
        return new RateCriterion(criterion, percent.movePointRight(scale).longValueExact(),
                BigDecimal.ONE.movePointRight(scale + 2).longValueExact(), minimumRequests);
    }

    /** Whether a window of {@code total} requests ({@code 0 <= failed <= total}) is bad; one with no requests or fewer than the minimum never is. */
    boolean isBad(long total, long failed) {
        if (total == 0 || total < minimumRequests) {
            return false;
        }
        return switch (criterion) {
            case ERROR_RATE_ABOVE -> compareProducts(failed, denominator, numerator, total) > 0;
            case ERROR_RATE_AT_LEAST -> compareProducts(failed, denominator, numerator, total) >= 0;
            case SUCCESS_RATE_BELOW -> compareProducts(total - failed, denominator, numerator, total) < 0;
            case EVERY_ATTEMPT_FAILED -> failed == total;
            case FAILED_COUNT_AT_LEAST -> failed >= numerator;
        };
    }

    /** {@code a x b} compared with {@code c x d}, exactly, for non-negative longs. */
    static int compareProducts(long a, long b, long c, long d) {
        if (((a | b | c | d) >>> 31) == 0) {
            return Long.compare(a * b, c * d); // both products below 2^62
        }
        long high = Math.multiplyHigh(a, b);
        long otherHigh = Math.multiplyHigh(c, d);
        return high != otherHigh ? Long.compare(high, otherHigh) : Long.compareUnsigned(a * b, c * d);
    }
}
