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

    /** A percent of the basis by the month's count of missed deadlines: {@code byBreachCount(breaches("1-2", "10"), breaches("3+", "25"))}. */
    public static BreachCountCredit byBreachCount(BreachCountCredit.CountTier... rows) {
        return new BreachCountCredit(List.of(rows));
    }

    /** A row of a breach count table: {@code "1-2"}, {@code "3"} or {@code "3+"} breaches earn {@code percent}. */
    public static BreachCountCredit.CountTier breaches(String counts, String percent) {
        return BreachCountCredit.CountTier.of(counts, percent);
    }

    /**
     * {@code moneyRule}'s amount paid as {@code unit} at {@code unitPrice} (in the basis currency) per
     * unit, rounded to {@code scale} digits with {@code rounding}: SMS pays the credit as messages at
     * the list price, whole messages.
     */
    public static UnitCredit convertedToUnits(io.slakit.api.spi.CreditRule moneyRule, io.slakit.api.CreditUnit unit, String unitPrice,
                                              int scale, java.math.RoundingMode rounding) {
        return UnitCredit.converted(moneyRule, unit, unitPrice, scale, rounding);
    }

    /** A quantity of {@code unit} per availability tier: {@code unitsByAvailability(SERVICE_DAYS, tier("[99, 99.9)", "3"), ...)}. */
    public static UnitCredit unitsByAvailability(io.slakit.api.CreditUnit unit, CreditTier... tiers) {
        return UnitCredit.byAvailability(unit, List.of(tiers));
    }

    public static NoCredit none(String reason) {
        return NoCredit.because(reason);
    }
}
