package io.slakit.core.rules;

import io.slakit.api.Band;
import io.slakit.api.CreditTier;
import io.slakit.api.Percent;
import io.slakit.api.spi.CreditKernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A metric's commitment and credit table turned into downtime limits for one month length, so the
 * hot path decides on whole minutes with integer comparisons instead of building an availability
 * per resource.
 *
 * <p>With {@code T} the month's minutes and {@code d} the downtime, availability {@code (T - d) / T}
 * is at least {@code p}% exactly when {@code d <= T (100 - p) / 100}, and above it exactly when
 * {@code d < T (100 - p) / 100}; for whole {@code d} both become {@code d <= limit} with the limit
 * worked out once, exactly, in {@link BigDecimal}. 43,200 minutes at 99.975 % allow 10.8, so 10
 * minutes meet the commitment and 11 do not. A miss between the commitment and the top tier is
 * {@link #NO_TIER} (IM cn: 99.99 % promised, credits below 99.9 %).
 *
 * <p>{@link TieredCredit}'s compiled form (internal); immutable and thread-safe.
 */
final class DecisionTable implements CreditKernel {

    private final long totalMinutes;
    private final Percent commitment;
    private final long allowedMinutes;
    private final List<CreditTier> tiers;
    /** Tier i applies when {@code above[i] < d <= atMost[i]}. */
    private final long[] above;
    private final long[] atMost;
    private final long[] creditNumerator;
    private final long[] creditDenominator;

    private DecisionTable(long totalMinutes, Percent commitment, List<CreditTier> tiers) {
        this.totalMinutes = totalMinutes;
        this.commitment = commitment;
        this.allowedMinutes = limit(totalMinutes, commitment.value(), true);
        this.tiers = List.copyOf(tiers);
        int n = tiers.size();
        above = new long[n];
        atMost = new long[n];
        creditNumerator = new long[n];
        creditDenominator = new long[n];
        for (int i = 0; i < n; i++) {
            Band band = tiers.get(i).band();
            // availability <= U  <=>  not (availability > U); availability < U  <=>  not (availability >= U).
            above[i] = limit(totalMinutes, band.upper().value(), !band.upperInclusive());
            atMost[i] = limit(totalMinutes, band.lower().value(), band.lowerInclusive());
            BigDecimal percent = tiers.get(i).credit();
            int scale = Math.max(0, percent.stripTrailingZeros().scale());
            // credit = basis x percent / 100 = basis x numerator / denominator.
            creditNumerator[i] = percent.movePointRight(scale).longValueExact();
            creditDenominator[i] = BigDecimal.ONE.movePointRight(scale + 2).longValueExact();
        }
    }

    /**
     * The table for {@code totalMinutes} (a positive month length) of a commitment and its tiers,
     * ordered from the top as {@link TieredCredit#tiers()} gives them.
     */
    static DecisionTable of(long totalMinutes, Percent commitment, List<CreditTier> tiersFromTop) {
        if (totalMinutes <= 0) {
            throw new IllegalArgumentException("a month has a positive number of minutes: " + totalMinutes);
        }
        Objects.requireNonNull(commitment, "commitment");
        return new DecisionTable(totalMinutes, commitment, tiersFromTop);
    }

    /** The most whole minutes of downtime that keep availability at or above {@code percent} (or above it, when not inclusive). */
    static long limit(long totalMinutes, BigDecimal percent, boolean inclusive) {
        BigDecimal exact = BigDecimal.valueOf(totalMinutes).multiply(BigDecimal.valueOf(100).subtract(percent)).movePointLeft(2);
        if (exact.signum() < 0) {
            return -1; // above 100 %: no downtime reaches it
        }
        BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
        long whole = floor.longValueExact();
        return inclusive || exact.compareTo(floor) != 0 ? whole : whole - 1;
    }

    @Override
    public long totalMinutes() {
        return totalMinutes;
    }

    Percent commitment() {
        return commitment;
    }

    @Override
    public long allowedMinutes() {
        return allowedMinutes;
    }

    @Override
    public List<CreditTier> tiers() {
        return tiers;
    }

    @Override
    public int tierIndex(long downMinutes) {
        if (downMinutes <= allowedMinutes) {
            return MET;
        }
        for (int i = 0; i < above.length; i++) {
            if (downMinutes > above[i] && downMinutes <= atMost[i]) {
                return i;
            }
        }
        return NO_TIER;
    }

    /** {@code basis x percent / 100}, rounded half up: the tier alone decides it. */
    @Override
    public long creditMinor(long basisMinor, int tierIndex, long downMinutes) {
        if (tierIndex < 0) {
            return 0;
        }
        long denominator = creditDenominator[tierIndex];
        // Half up for non-negative amounts; the denominator (10^(scale+2)) is even.
        try {
            return Math.addExact(Math.multiplyExact(basisMinor, creditNumerator[tierIndex]), denominator / 2) / denominator;
        } catch (ArithmeticException overflow) {
            // A fee near the top of a long with a finely divided percent: the same arithmetic, unbounded.
            return java.math.BigInteger.valueOf(basisMinor).multiply(java.math.BigInteger.valueOf(creditNumerator[tierIndex]))
                    .add(java.math.BigInteger.valueOf(denominator / 2)).divide(java.math.BigInteger.valueOf(denominator)).longValueExact();
        }
    }
}
