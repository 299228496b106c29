package io.slakit.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An availability kept as the exact fraction {@code available / total}, so that tier decisions are
 * taken on the unrounded value (43,189.2 of 43,200 minutes is exactly 99.975 %, not a float near
 * it). {@link #percent(MathContext)} and {@link #display(int)} round for output only.
 */
public final class Availability implements Comparable<Availability> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal available;
    private final BigDecimal total;

    private Availability(BigDecimal available, BigDecimal total) {
        this.available = available;
        this.total = total;
    }

    /** {@code available / total}; both non-negative, total positive, available at most total. */
    public static Availability ofRatio(BigDecimal available, BigDecimal total) {
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(total, "total");
        if (total.signum() <= 0) {
            throw new InvalidInputException("total", total.toPlainString(), "must be positive");
        }
        if (available.signum() < 0 || available.compareTo(total) > 0) {
            throw new InvalidInputException("available", available.toPlainString(), "is outside 0.." + total.toPlainString());
        }
        return new Availability(available, total);
    }

    /** Availability from minutes: {@code (total - unavailable) / total}. */
    public static Availability fromDowntime(BigDecimal unavailableMinutes, BigDecimal totalMinutes) {
        Objects.requireNonNull(unavailableMinutes, "unavailableMinutes");
        Objects.requireNonNull(totalMinutes, "totalMinutes");
        return ofRatio(totalMinutes.subtract(unavailableMinutes), totalMinutes);
    }

    /** An availability already known as a percent (e.g. a mean of window rates computed to 34 digits). */
    public static Availability ofPercent(BigDecimal percent) {
        return ofRatio(Objects.requireNonNull(percent, "percent"), HUNDRED);
    }

    public BigDecimal available() {
        return available;
    }

    public BigDecimal total() {
        return total;
    }

    /** Exact comparison with a percent: {@code available * 100} against {@code percent * total}. */
    public int compareTo(Percent percent) {
        return available.multiply(HUNDRED).compareTo(percent.value().multiply(total));
    }

    public boolean isAtLeast(Percent percent) {
        return compareTo(percent) >= 0;
    }

    @Override
    public int compareTo(Availability other) {
        return available.multiply(other.total).compareTo(other.available.multiply(total));
    }

    /** The percent, rounded half-even to {@code mc}. */
    public BigDecimal percent(MathContext mc) {
        return available.multiply(HUNDRED).divide(total, mc);
    }

    /** The percent with {@code decimals} digits after the point, rounded half-even: for display only. */
    public BigDecimal display(int decimals) {
        return available.multiply(HUNDRED).divide(total, decimals, RoundingMode.HALF_EVEN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Availability a && compareTo(a) == 0;
    }

    @Override
    public int hashCode() {
        return percent(MathContext.DECIMAL64).stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return display(6).toPlainString() + "%";
    }
}
