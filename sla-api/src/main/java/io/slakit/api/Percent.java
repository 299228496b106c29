package io.slakit.api;

import java.util.Objects;
import java.math.BigDecimal;

/**
 * An exact percentage between 0 and 100, kept as written in the contract ({@code "99.975"}).
 * Equality is numeric: {@code 99.90} equals {@code 99.9}.
 */
public final class Percent implements Comparable<Percent> {
    public static final Percent ZERO = new Percent(BigDecimal.ZERO);
    public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

    private final BigDecimal value;

    private Percent(BigDecimal value) {
        this.value = value;
    }

    /** Parses the contract's own text, e.g. {@code "99.975"}; a trailing {@code %} is allowed. */
    public static Percent of(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.trim();
        if (digits.endsWith("%")) {
            digits = digits.substring(0, digits.length() - 1).trim();
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("percent", text, "is not a decimal number");
        }
        return of(parsed);
    }

    public static Percent of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("percent", value.toPlainString(), "is outside 0..100");
        }
        return new Percent(value);
    }

    public BigDecimal value() {
        return value;
    }

    /** The fraction this percent stands for: {@code 10%} is {@code 0.10}. */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    @Override
    public int compareTo(Percent other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Percent p && value.compareTo(p.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    /** The number as written, without the percent sign; {@link #of(String)} reads it back. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
