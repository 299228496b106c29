package io.slakit.api;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of availability percents with explicit bounds, written in interval notation:
 * {@code "[99, 99.975)"} is "低于99.975%但等于或高于99%", {@code "[0, 95)"} is "低于95%",
 * {@code "(99, 99.9]"} a contract that says "above 99 and at most 99.9".
 */
public final class Band {
    private static final Pattern NOTATION =
            Pattern.compile("\\s*([\\[(])\\s*([0-9.]+)\\s*,\\s*([0-9.]+)\\s*([\\])])\\s*");

    private final Percent lower;
    private final boolean lowerInclusive;
    private final Percent upper;
    private final boolean upperInclusive;

    private Band(Percent lower, boolean lowerInclusive, Percent upper, boolean upperInclusive) {
        this.lower = lower;
        this.lowerInclusive = lowerInclusive;
        this.upper = upper;
        this.upperInclusive = upperInclusive;
    }

    public static Band of(Percent lower, boolean lowerInclusive, Percent upper, boolean upperInclusive) {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        int order = lower.compareTo(upper);
        if (order > 0 || (order == 0 && !(lowerInclusive && upperInclusive))) {
            throw new InvalidInputException("band", render(lower, lowerInclusive, upper, upperInclusive), "is empty");
        }
        return new Band(lower, lowerInclusive, upper, upperInclusive);
    }

    /** Parses interval notation such as {@code "[99, 99.975)"}. */
    public static Band parse(String notation) {
        Objects.requireNonNull(notation, "notation");
        Matcher m = NOTATION.matcher(notation);
        if (!m.matches()) {
            throw new InvalidInputException("band", notation, "is not interval notation like \"[99, 99.975)\"");
        }
        return of(Percent.of(m.group(2)), m.group(1).equals("["), Percent.of(m.group(3)), m.group(4).equals("]"));
    }

    public Percent lower() {
        return lower;
    }

    public boolean lowerInclusive() {
        return lowerInclusive;
    }

    public Percent upper() {
        return upper;
    }

    public boolean upperInclusive() {
        return upperInclusive;
    }

    public boolean contains(Availability availability) {
        int low = availability.compareTo(lower);
        int high = availability.compareTo(upper);
        return (lowerInclusive ? low >= 0 : low > 0) && (upperInclusive ? high <= 0 : high < 0);
    }

    /** Whether {@code below} ends exactly where this band starts, with no gap and no overlap. */
    public boolean sitsDirectlyAbove(Band below) {
        return below.upper.equals(lower) && below.upperInclusive != lowerInclusive;
    }

    /** The contract's wording in plain English, e.g. "at least 99% and below 99.975%". */
    public String describe() {
        String low = lower.equals(Percent.ZERO) && lowerInclusive ? null
                : (lowerInclusive ? "at least " : "above ") + lower + "%";
        String high = (upperInclusive ? "at most " : "below ") + upper + "%";
        return Optional.ofNullable(low).map(l -> l + " and " + high).orElse(high);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Band b && lower.equals(b.lower) && upper.equals(b.upper)
                && lowerInclusive == b.lowerInclusive && upperInclusive == b.upperInclusive;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower, upper, lowerInclusive, upperInclusive);
    }

    private static String render(Percent lower, boolean lowerInclusive, Percent upper, boolean upperInclusive) {
        return (lowerInclusive ? "[" : "(") + lower + ", " + upper + (upperInclusive ? "]" : ")");
    }

    /** Interval notation; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return render(lower, lowerInclusive, upper, upperInclusive);
    }
}
