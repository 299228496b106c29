package io.slakit.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a credit table: availability in {@code band} earns {@code credit} (a percent of the
 * credit basis, or for non-percentage rules the multiple the text states).
 *
 * <p>Equality is numeric, like {@link Percent}'s and {@link Money}'s: a credit of {@code 10} and one
 * of {@code 10.0} are the same tier ({@code credit()} keeps the scale it was written with).
 */
public record CreditTier(Band band, BigDecimal credit) {

    public CreditTier {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(credit, "credit");
        if (credit.signum() < 0) {
            throw new InvalidInputException("credit", credit.toPlainString(), "is negative");
        }
    }

    /** {@code CreditTier.of("[99, 99.975)", "10")}. */
    public static CreditTier of(String band, String credit) {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(credit, "credit");
        BigDecimal percent;
        try {
            percent = new BigDecimal(credit.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("credit", credit, "is not a decimal number");
        }
        return new CreditTier(Band.parse(band), percent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditTier t && band.equals(t.band) && credit.compareTo(t.credit) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(band, credit.stripTrailingZeros());
    }
}
