package io.slakit.core.rules;

import io.slakit.api.CreditTier;

import java.util.List;

/** The shared credit rules, by name. */
public final class Credits {
    private Credits() {
    }

    /** A percent of the basis per availability band: {@code tiered(tier("[99, 99.975)", "10"), ...)}. */
    public static TieredCredit tiered(CreditTier... tiers) {
        return TieredCredit.of(List.of(tiers));
    }

    /** {@code CreditTier.of(band, percent)}, named to read like the table. */
    public static CreditTier tier(String band, String percent) {
        return CreditTier.of(band, percent);
    }

    public static NoCredit none(String reason) {
        return NoCredit.because(reason);
    }
}
