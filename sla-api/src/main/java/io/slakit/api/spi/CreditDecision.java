package io.slakit.api.spi;

import io.slakit.api.CreditTier;
import io.slakit.api.Money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A metric's credit: the percent of the basis (when the rule is a percentage), the exact amount,
 * anything owed in another form (extra days, free calls), why, and the tier of the rule's table
 * that decided it (empty when the commitment is met, no tier covers the availability, or the rule
 * has no availability tiers), so the engine reports the tier without deciding it again.
 */
public record CreditDecision(Optional<BigDecimal> percent, Money amount, Optional<String> otherForm, String explanation,
                             Optional<io.slakit.api.UsageCredit> usage, Optional<CreditTier> tier) {

    public CreditDecision {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(otherForm, "otherForm");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(tier, "tier");
    }

    /** A decision no availability tier decided. */
    public CreditDecision(Optional<BigDecimal> percent, Money amount, Optional<String> otherForm, String explanation,
                          Optional<io.slakit.api.UsageCredit> usage) {
        this(percent, amount, otherForm, explanation, usage, Optional.empty());
    }

    /** A decision paid in money only. */
    public CreditDecision(Optional<BigDecimal> percent, Money amount, Optional<String> otherForm, String explanation) {
        this(percent, amount, otherForm, explanation, Optional.empty());
    }

    /** A credit in a unit that is not money ({@code zero} is the money part: nothing). */
    public static CreditDecision inUnits(io.slakit.api.UsageCredit usage, Money zero, String explanation) {
        Objects.requireNonNull(zero, "zero");
        return new CreditDecision(Optional.empty(), zero, Optional.empty(), explanation,
                Optional.of(Objects.requireNonNull(usage, "usage")));
    }

    public static CreditDecision none(Money zero, String explanation) {
        Objects.requireNonNull(zero, "zero");
        return new CreditDecision(Optional.empty(), zero, Optional.empty(), explanation);
    }

    public static CreditDecision percent(BigDecimal percent, Money amount, String explanation) {
        return new CreditDecision(Optional.of(Objects.requireNonNull(percent, "percent")), amount, Optional.empty(), explanation);
    }

    /** The same decision, decided by {@code decidingTier} of the rule's table. */
    public CreditDecision withTier(CreditTier decidingTier) {
        return new CreditDecision(percent, amount, otherForm, explanation, usage, Optional.of(decidingTier));
    }
}
