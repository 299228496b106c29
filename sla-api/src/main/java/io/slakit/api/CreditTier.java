package io.slakit.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a credit table: availability in {@code band} earns {@code credit} (a percent of the
 * credit basis, or for non-percentage rules the multiple the text states).
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
        return new CreditTier(Band.parse(band), new BigDecimal(credit));
    }
}
